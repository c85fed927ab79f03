/** The app icons (`icons/icon-192.png`, …), drawn at build time from the site's mark, public/favicon.svg. */
import { readFile } from "node:fs/promises";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { Resvg } from "@resvg/resvg-js";
import { APP_ICONS, maskableSvg } from "~/lib/offline/manifest";

const MARK = "public/favicon.svg";

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({
    params: { icon: icon.path.replace(/^icons\//, "").replace(/\.png$/, "") },
    props: { icon },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { icon } }) => {
  const mark = await readFile(MARK, "utf8");
  const svg = icon.purpose === "maskable" ? maskableSvg(mark, MARK) : mark;
  const png = new Resvg(svg, { fitTo: { mode: "width", value: icon.size }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
