// Text for the SVG export. A label over links keeps a white halo: in an SVG file one text
// with a white stroke painted first (paint-order); for the PDF (svg2pdf.js, which does not
// know paint-order) a white copy under the coloured text.

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`,
  );
}

/** `attrs` must hold the fill; `halo` is the stroke width of the white outline. */
export function haloText(attrs: string, body: string, halo: number, separate: boolean): string {
  const text = escapeXml(body);
  if (!separate)
    return `<text ${attrs} stroke="#fff" stroke-width="${halo}" paint-order="stroke">${text}</text>`;
  const white = attrs.replace(/ fill="[^"]*"/, ' fill="#fff"');
  return (
    `<text ${white} stroke="#fff" stroke-width="${halo}" stroke-linejoin="round" class="halo">${text}</text>` +
    `<text ${attrs}>${text}</text>`
  );
}
