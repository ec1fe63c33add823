// The door's camera. ZXing's browser reader decodes QR codes from the device's camera; a code it
// reads goes into the ticket field and the form is sent, exactly as a handheld scanner does. One
// tap per person: the page that comes back shows the answer and the button again. The button
// appears only where a camera can be asked for; without script the field works alone.
(function () {
  'use strict';
  var button = document.getElementById('camera-start');
  var video = document.getElementById('camera-preview');
  var field = document.getElementById('scan:code');
  var send = document.getElementById('scan:checkInCode');
  if (!button || !video || !field || !send || !window.ZXing
      || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  button.hidden = false;
  function start(retried) {
    button.disabled = true;
    video.hidden = false;
    var reader = new window.ZXing.BrowserQRCodeReader();
    reader.decodeFromVideoDevice(undefined, video, function (result) {
      if (result) {
        reader.reset();
        field.value = result.getText();
        send.click();
      }
    }).catch(function () {
      reader.reset();
      if (!retried) {
        // Just after the previous page let it go, the camera may still be busy for a moment.
        setTimeout(function () { start(true); }, 1000);
        return;
      }
      button.disabled = false;
      video.hidden = true;
      document.getElementById('camera-refused').hidden = false;
    });
  }
  button.addEventListener('click', function () { start(false); });
})();
