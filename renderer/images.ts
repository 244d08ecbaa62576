/**
 * Images for figures. The contract has no image channel, so a picked image is read in the page
 * and stored in the model as a data: URL, which every door can show and every exporter can
 * write. Large photos would bloat the article file, so the size is capped; above it the user is
 * told to scale the photo down first.
 */
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;

export class ImageTooLargeError extends Error {
  override readonly name = 'ImageTooLargeError';
}

export function pickImageFile(): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/png,image/jpeg,image/gif,image/webp';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > MAX_IMAGE_BYTES) {
        reject(
          new ImageTooLargeError(
            `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; images up to ${MAX_IMAGE_BYTES / 1048576} MB can be placed.`,
          ),
        );
        return;
      }
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
      reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
      reader.readAsDataURL(file);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/**
 * What the page can show: embedded images only. The app loads no remote content (CSP img-src
 * 'self' data: blob:), and a path on disk is not reachable from the page; both are shown as a
 * placeholder naming the src.
 */
export function resolveImageSrc(src: string): string | null {
  return /^data:image\/(png|jpeg|gif|webp);base64,/i.test(src) ? src : null;
}
