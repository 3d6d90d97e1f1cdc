// Progressive enhancement only: the server writes the saved total and stays the authority
// (it computes the total again when the sheet is saved). This keeps a running weighted
// total on the score sheet while the judge types, with the ranking's formula
// (reviewTotal in libs/judging/src/ranking/methods/review-totals.ts): the sum of points x
// weight, mapped so that the rubric's maximum is the round's scale. Each criterion's
// input carries its weight and maximum, the output carries the scale.
(function () {
  'use strict';
  var output = document.querySelector('output[data-running-total]');
  if (!output || !output.form) return;
  var form = output.form;
  var inputs = form.querySelectorAll('input[data-weight][data-max]');
  var scale = Number(output.getAttribute('data-scale'));
  // The page's language decides how the number is written: 70,67 in Vietnamese, 70.67 in
  // English, like fmt.decimal on the server.
  var numbers = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN', {
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  });

  // Points as typed ("7,5" is accepted as on the server); empty, unreadable or out of
  // range counts as 0 here, and the server names the problem when the sheet is saved.
  function pointsOf(input, max) {
    var text = input.value.trim().replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(text)) return 0;
    var points = Number(text);
    return points <= max ? points : 0;
  }

  function update() {
    var maximum = 0;
    var weighted = 0;
    Array.prototype.forEach.call(inputs, function (input) {
      var weight = Number(input.getAttribute('data-weight'));
      var max = Number(input.getAttribute('data-max'));
      maximum += weight * max;
      weighted += weight * pointsOf(input, max);
    });
    var text = numbers.format(maximum > 0 ? (weighted * scale) / maximum : 0);
    // Only a change is written, so screen readers announce the total when it moves.
    if (output.textContent !== text) output.textContent = text;
  }

  form.addEventListener('input', update);
  update();
})();
