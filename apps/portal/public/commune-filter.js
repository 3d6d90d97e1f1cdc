// Progressive enhancement only: the commune list is a plain select, which works without
// this and already jumps to a place when its first letters are typed. This adds a search
// box above it that narrows the list as one types, ignoring accents and case ("sa huynh"
// finds Sa Huỳnh), with the same folding as the server's search (`data-search`).
(function () {
  'use strict';
  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  }
  Array.prototype.forEach.call(
    document.querySelectorAll('select.commune-select'),
    function (select) {
      var id = select.id + '-filter';
      var label = document.createElement('label');
      label.htmlFor = id;
      label.className = 'commune-filter__label';
      label.textContent = select.getAttribute('data-filter-label') || '';
      var input = document.createElement('input');
      input.type = 'search';
      input.id = id;
      input.className = 'commune-filter';
      input.autocomplete = 'off';
      input.setAttribute('aria-controls', select.id);
      select.parentNode.insertBefore(label, select);
      select.parentNode.insertBefore(input, select);
      input.addEventListener('input', function () {
        var query = fold(input.value);
        Array.prototype.forEach.call(select.options, function (option) {
          var search = option.getAttribute('data-search');
          var shown = !search || !query || search.indexOf(query) !== -1 || option.selected;
          option.hidden = !shown;
        });
        // One match left: choose it, as a person who typed its whole name means it.
        var matches = Array.prototype.filter.call(select.options, function (option) {
          return option.getAttribute('data-search') && !option.hidden;
        });
        if (query && matches.length === 1) matches[0].selected = true;
      });
    },
  );
})();
