// The door's camera: reads QR codes from the phone's camera with the portal's own copy
// of jsQR (/static/vendor/jsqr.js, no external script) and sends the code through the same form
// staff type short codes into. Without a camera or a script, the typed form still works.
(function () {
  'use strict';
  var form = document.getElementById('check-in-form');
  var box = document.querySelector('.check-in-camera');
  var start = document.getElementById('check-in-camera-start');
  var video = document.getElementById('check-in-video');
  if (!form || !box || !start || !video || typeof window.jsQR !== 'function') return;
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
  box.hidden = false;
  var canvas = document.createElement('canvas');
  var context = canvas.getContext('2d', { willReadFrequently: true });
  // Set once the form really posts (the page is leaving). Offline, check-in-offline.js
  // decides the scan on the page and cancels the post: the camera keeps reading, and the
  // code just read is not sent again until another one was.
  var leaving = false;
  var last = null;
  window.addEventListener('submit', function (event) {
    if (event.target === form && !event.defaultPrevented) leaving = true;
  });

  function scanFrame() {
    if (leaving) return;
    if (video.readyState === video.HAVE_ENOUGH_DATA) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var frame = context.getImageData(0, 0, canvas.width, canvas.height);
      var found = window.jsQR(frame.data, frame.width, frame.height, {
        inversionAttempts: 'dontInvert',
      });
      if (found && found.data && found.data !== last) {
        last = found.data;
        form.elements.code.value = found.data;
        // requestSubmit fires the submit event (the offline door listens to it).
        if (typeof form.requestSubmit === 'function') form.requestSubmit();
        else form.submit();
      }
    }
    window.requestAnimationFrame(scanFrame);
  }

  start.addEventListener('click', function () {
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (stream) {
        video.srcObject = stream;
        // Shown only once there is a picture, so the page has no blank box before.
        video.hidden = false;
        start.hidden = true;
        return video.play();
      })
      .then(function () {
        window.requestAnimationFrame(scanFrame);
      })
      .catch(function () {
        box.hidden = true;
      });
  });
})();
