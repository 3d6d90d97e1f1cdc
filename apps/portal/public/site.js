// Progressive enhancement only: every page works without this file.
// Adds a "show password" switch under each password field.
(function () {
  'use strict';
  var label = document.body.getAttribute('data-show-password');
  if (!label) return;
  var fields = document.querySelectorAll('.field input[type="password"]');
  Array.prototype.forEach.call(fields, function (input) {
    var wrapper = document.createElement('label');
    wrapper.className = 'password-toggle';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.addEventListener('change', function () {
      input.type = box.checked ? 'text' : 'password';
    });
    wrapper.appendChild(box);
    wrapper.appendChild(document.createTextNode(label));
    input.insertAdjacentElement('afterend', wrapper);
  });
})();
