// Progressive enhancement only: the server already wrote the time left; this keeps it
// current while the page stays open, once a minute.
(function () {
  'use strict';
  var nodes = document.querySelectorAll('.countdown[data-deadline]');
  if (!nodes.length) return;
  function update() {
    Array.prototype.forEach.call(nodes, function (node) {
      var deadline = Date.parse(node.getAttribute('data-deadline'));
      if (isNaN(deadline)) return;
      var minutes = Math.floor((deadline - Date.now()) / 60000);
      var text;
      if (minutes < 0) {
        text = node.getAttribute('data-format-over');
      } else if (minutes >= 1440) {
        text = node
          .getAttribute('data-format-days')
          .replace('%D', String(Math.floor(minutes / 1440)))
          .replace('%H', String(Math.floor((minutes % 1440) / 60)));
      } else {
        text = node
          .getAttribute('data-format-hours')
          .replace('%H', String(Math.floor(minutes / 60)))
          .replace('%M', String(minutes % 60));
      }
      if (text) node.textContent = text;
    });
  }
  update();
  setInterval(update, 60000);
})();
