/**
 * The link-preview PNGs (`/og/home.png`, `/og/questions/<id>.png`, `/og/topics/<id>.png`), drawn at build time
 * (src/og/). A build starts drawing them all here and lists no paths: the previewImages integration writes them
 * once the pages are rendered, so the pages never wait for the drawing. `astro dev` serves each from this route.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { previewPng, startPreviewImages } from "~/og/images";
import { allPreviews } from "~/data/previews";

export const getStaticPaths = (async () => {
  const previews = await allPreviews();
  startPreviewImages(previews);
  const paths = previews.map((preview) => ({
    params: { slug: preview.path.replace(/^og\//, "").replace(/\.png$/, "") },
    props: { preview },
  }));
  return import.meta.env.DEV ? paths : paths.slice(0, 0);
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await previewPng(props.preview);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
