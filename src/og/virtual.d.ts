/** Written by the previewImages integration (src/integrations/preview-images.ts). */
declare module "virtual:preview-images/config" {
  export const config: {
    readonly root: string;
    readonly cacheDir: string;
    /** Hash of the renderer's code and package versions. */
    readonly design: string;
    readonly dev: boolean;
    /** file: URL of src/og/worker.ts. */
    readonly workerUrl: string;
  };
}
