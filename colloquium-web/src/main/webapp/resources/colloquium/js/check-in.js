// The door's camera. zxing-cpp (zxing-wasm, loaded on the first tap) reads the QR code in the
// camera's frames; a code it reads goes into the ticket field and the form is sent, exactly as a
// handheld scanner does. One tap per person: the page that comes back shows the answer and the
// button again. The button appears only where a camera can be asked for; without script the field
// works alone.
//
// Why zxing-cpp and not ZXing's JavaScript port, the reader before: of 300 still pictures of
// tickets the port could not read 22 (7 %; the same picture every frame, so the door waited for
// ever), of 300 noisy ones 275; zxing-cpp read all 900 of the benchmark, and faster
// (docs/performance.md, "Reading tickets at the door").
(function () {
  'use strict';
  var button = document.getElementById('camera-start');
  var video = document.getElementById('camera-preview');
  var field = document.getElementById('scan:code');
  var send = document.getElementById('scan:checkInCode');
  var refused = document.getElementById('camera-refused');
  var noReader = document.getElementById('camera-no-reader');
  var ZXing = window.ZXingWASM;
  if (!button || !video || !field || !send || !refused || !noReader || !ZXing
      || !window.WebAssembly || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  var FRAME_INTERVAL_MS = 100;
  var OPTIONS = { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true };
  var wasm = button.getAttribute('data-reader');
  // The reader's WebAssembly comes from this site, never from the library's default CDN.
  ZXing.prepareZXingModule({
    overrides: {
      locateFile: function (path, prefix) {
        return path.endsWith('.wasm') ? wasm : prefix + path;
      }
    }
  });
  var canvas = document.createElement('canvas');
  var context = canvas.getContext('2d', { willReadFrequently: true });
  var stream = null;
  var timer = null;
  button.hidden = false;

  function stop() {
    clearTimeout(timer);
    timer = null;
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
    video.srcObject = null;
  }

  function giveUp(message) {
    stop();
    button.disabled = false;
    video.hidden = true;
    message.hidden = false;
  }

  function frame() {
    var width = video.videoWidth;
    var height = video.videoHeight;
    // A camera's first frames may have no size yet: nothing to read.
    if (width === 0 || height === 0) {
      return null;
    }
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  }

  function scan() {
    if (!stream) {
      return;
    }
    var picture = frame();
    if (!picture) {
      timer = setTimeout(scan, FRAME_INTERVAL_MS);
      return;
    }
    ZXing.readBarcodes(picture, OPTIONS).then(function (found) {
      if (!stream) {
        return;
      }
      var code = found.length > 0 && found[0].isValid ? found[0].text : '';
      if (code) {
        stop();
        field.value = code;
        send.click();
        return;
      }
      timer = setTimeout(scan, FRAME_INTERVAL_MS);
    }, function () {
      // Only the reader itself failing to load ends up here (no code in a frame is an empty list).
      giveUp(noReader);
    });
  }

  function start(retried) {
    button.disabled = true;
    refused.hidden = true;
    noReader.hidden = true;
    video.hidden = false;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (granted) {
        stream = granted;
        video.srcObject = granted;
        return video.play();
      })
      .then(scan)
      .catch(function () {
        stop();
        if (!retried) {
          // Just after the previous page let it go, the camera may still be busy for a moment.
          setTimeout(function () { start(true); }, 1000);
          return;
        }
        giveUp(refused);
      });
  }

  button.addEventListener('click', function () { start(false); });
  window.addEventListener('pagehide', stop);
})();
