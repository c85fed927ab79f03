/** The link-preview PNGs (`/og/home.png`, `/og/questions/<id>.png`, `/og/topics/<id>.png`), drawn at build time (src/og/). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { previewPng, startPreviewImages } from "~/og/images";
import { allPreviews } from "~/data/previews";

export const getStaticPaths = (async () => {
  const previews = await allPreviews();
  // Astro lists every route's paths before it renders any: drawing starts now, in parallel.
  startPreviewImages(previews);
  return previews.map((preview) => ({
    params: { slug: preview.path.replace(/^og\//, "").replace(/\.png$/, "") },
    props: { preview },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await previewPng(props.preview);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
