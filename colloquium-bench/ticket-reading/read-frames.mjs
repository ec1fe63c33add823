// Reads the frames TicketFrames wrote with the three browser readers, in one Node process:
// ZXing's JavaScript port (@zxing/library, the door's reader until December 2026), jsQR, and
// zxing-cpp compiled to WebAssembly (zxing-wasm, the door's reader now, with the options
// check-in.js gives it). Prints one line per reader: condition, reader, unread, frames, ms/frame.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
const ZXing = require('@zxing/library');
const jsQR = require('jsqr');
const [condition, directory] = process.argv.slice(2);
const WIDTH = 640;
const HEIGHT = 480;
prepareZXingModule({
  overrides: {
    wasmBinary: fs.readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer
  }
});
const tickets = fs.readFileSync(`${directory}/index.txt`, 'utf8').trim().split('\n');
const frames = tickets.map((_, k) => {
  const luma = fs.readFileSync(`${directory}/f${k}.raw`);
  const rgba = new Uint8ClampedArray(WIDTH * HEIGHT * 4);
  for (let i = 0; i < WIDTH * HEIGHT; i++) {
    rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = luma[i];
    rgba[4 * i + 3] = 255;
  }
  return { luma: new Uint8ClampedArray(luma), rgba };
});
const readers = {
  'ZXing port (JS)': async (f) => {
    try {
      const source = new ZXing.RGBLuminanceSource(f.luma, WIDTH, HEIGHT);
      const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(source));
      return new ZXing.QRCodeReader().decode(bitmap).getText();
    } catch (e) {
      return null;
    }
  },
  'jsQR': async (f) => {
    const found = jsQR(f.rgba, WIDTH, HEIGHT);
    return found ? found.data : null;
  },
  'zxing-cpp (WASM)': async (f) => {
    const picture = { data: f.rgba, width: WIDTH, height: HEIGHT, colorSpace: 'srgb' };
    const found = await readBarcodes(picture,
      { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true });
    return found.length > 0 && found[0].isValid ? found[0].text : null;
  }
};
await readers['zxing-cpp (WASM)'](frames[0]); // loads the module outside the timing
for (const [name, read] of Object.entries(readers)) {
  let unread = 0;
  const start = process.hrtime.bigint();
  for (let k = 0; k < frames.length; k++) {
    if ((await read(frames[k])) !== tickets[k]) unread++;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / frames.length;
  console.log(`${condition}\t${name}\t${unread}\t${frames.length}\t${ms.toFixed(1)}`);
}
