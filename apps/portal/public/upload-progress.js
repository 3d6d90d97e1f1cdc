// Progressive enhancement only: without it, the upload button posts the entry form with
// the file as a plain multipart form and the server answers the same way. With it, the
// same form goes through XMLHttpRequest so that a progress bar can show how much of the
// file has been sent; the page the server answers with then replaces this one.
(function () {
  'use strict';
  var button = document.getElementById('upload-button');
  var bar = document.getElementById('upload-progress');
  var form = document.getElementById('entry-form');
  var input = document.getElementById('file');
  if (!button || !bar || !form || !input || !window.FormData || !window.XMLHttpRequest) return;
  var plain = false;

  function show(xhr) {
    // A redirect (303) was followed to the edit page: load it for real, so that the
    // address bar and the history are those of a normal submission.
    if (xhr.responseURL && xhr.responseURL.indexOf(button.formAction) !== 0) {
      window.location.assign(xhr.responseURL);
      return;
    }
    document.open();
    document.write(xhr.responseText);
    document.close();
  }

  button.addEventListener('click', function (event) {
    // No file chosen: the plain submission lets the server say so and save the draft.
    if (plain || !input.files || input.files.length === 0) return;
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', button.formAction);
    xhr.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable)
        bar.value = Math.round((progress.loaded / progress.total) * 100);
    });
    xhr.addEventListener('load', function () {
      show(xhr);
    });
    xhr.addEventListener('error', function () {
      // The request failed before an answer: send the plain form, whose failure the browser shows.
      plain = true;
      bar.hidden = true;
      button.disabled = false;
      button.click();
    });
    bar.hidden = false;
    bar.value = 0;
    button.disabled = true;
    xhr.send(new FormData(form));
  });
})();
