/** Saves a blob as a file: a blob URL on an `<a download>`, the only way a static page can. */
export function download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a journey name: letters and digits of any script kept, the rest dashes. */
export function fileName(base: string | undefined, extension: string): string {
    const name = (base ?? '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'journey-map';
    return `${name}.${extension}`;
}

/** The SVG drawn at `scale` times its size onto a canvas, as PNG. */
export function svgToPng(svg: string, scale: number): Promise<Blob> {
    const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 800);
    const height = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 600);
    return new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => {
            const canvas = document.createElement('canvas');
            canvas.width = Math.ceil(width * scale);
            canvas.height = Math.ceil(height * scale);
            const context = canvas.getContext('2d');
            if (!context) return reject(new Error('this browser cannot draw on a canvas'));
            context.scale(scale, scale);
            context.drawImage(image, 0, 0, width, height);
            canvas.toBlob(blob => blob ? resolve(blob) : reject(new Error('the map is too large for a PNG in this browser')), 'image/png');
        };
        image.onerror = () => reject(new Error('the map could not be drawn as an image'));
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
}
