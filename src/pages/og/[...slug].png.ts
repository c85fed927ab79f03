/** The link-preview PNGs (`/og/home.png`, `/og/questions/<id>.png`, `/og/topics/<id>.png`), rendered at build time. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { renderPreviewPng } from "../../integrations/preview-image";
import { allPreviews } from "../../previews";

export const getStaticPaths = (async () => {
  const previews = await allPreviews();
  return previews.map((preview) => ({
    params: { slug: preview.path.replace(/^og\//, "").replace(/\.png$/, "") },
    props: { card: preview.card },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderPreviewPng(props.card);
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
