// An SVG document drawn onto a canvas and saved as PNG, in the browser. The picture's graph is
// already the page's own bitmap (see picture.ts `raster`), so only the text and legend are
// rasterised here.

/** Browsers refuse canvases much larger than this on a side. */
const MAX_SIDE = 16_000;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = url;
  });
}

/** The SVG (of the given size in CSS pixels) as a PNG at `scale` device pixels per pixel. */
export async function rasterise(svg: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const factor = Math.min(scale, MAX_SIDE / size.width, MAX_SIDE / size.height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * factor);
    canvas.height = Math.round(size.height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
