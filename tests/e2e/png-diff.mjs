// Compares two PNG screenshots pixel by pixel, for "looks the same within a small tolerance".
// Decodes 8-bit RGB/RGBA PNGs (what Chromium writes) with node's zlib; no extra package.
import { inflateSync } from "node:zlib";

function decode(png) {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const chunk = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      if (chunk[8] !== 8) throw new Error("only 8-bit PNGs");
      channels = { 2: 3, 6: 4 }[chunk[9]];
      if (!channels || chunk[12] !== 0) throw new Error("only non-interlaced RGB or RGBA PNGs");
    } else if (type === "IDAT") {
      data.push(chunk);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter];
      pixels[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** The share (0–1) of pixels whose colour differs by more than `threshold` in any channel. */
export function differingShare(first, second, threshold = 48) {
  const a = decode(first);
  const b = decode(second);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let index = 0; index < a.width * a.height; index += 1) {
    for (let channel = 0; channel < 3; channel += 1) {
      if (Math.abs(a.pixels[index * a.channels + channel] - b.pixels[index * b.channels + channel]) > threshold) {
        differing += 1;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}
