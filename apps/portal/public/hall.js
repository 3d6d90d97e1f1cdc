// The hall screen. Everything shown comes from the server's state snapshots (server-sent
// events): the first one on connecting (and on every reconnection, after a restart too),
// then one per change. The pitch timer is computed here from the pitch's opening time and
// the server's clock (the offset to it is kept from each snapshot), so every screen in the
// hall shows the same time. Served from /static, so the strict CSP (script-src 'self')
// allows it.
(function () {
  'use strict';
  var root = document.querySelector('[data-hall]');
  if (!root || !window.EventSource) return;
  var en = root.getAttribute('data-locale') === 'en';
  var $ = function (name) {
    return root.querySelector('[data-' + name + ']');
  };
  var text = function (name) {
    return root.getAttribute('data-t-' + name) || '';
  };
  var state = null;
  var offsetMs = 0;
  var numbers = new Intl.NumberFormat(en ? 'en-GB' : 'vi-VN');

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return two(Math.floor(s / 60)) + ':' + two(s % 60);
  }
  function teamLine(t) {
    return (t.team ? t.team + ' · ' : '') + t.code;
  }
  function show(el, visible) {
    if (visible) el.removeAttribute('hidden');
    else el.setAttribute('hidden', '');
  }

  function tick() {
    var pitch = state && state.pitch;
    if (!pitch) return;
    var elapsed = (Date.now() + offsetMs - Date.parse(pitch.openedAt)) / 1000;
    var phase, shown;
    if (elapsed < pitch.pitchSeconds) {
      phase = 'pitch';
      shown = clock(pitch.pitchSeconds - elapsed);
    } else if (elapsed < pitch.pitchSeconds + pitch.questionSeconds) {
      phase = 'questions';
      shown = clock(pitch.pitchSeconds + pitch.questionSeconds - elapsed);
    } else {
      phase = 'overtime';
      shown = '+' + clock(elapsed - pitch.pitchSeconds - pitch.questionSeconds);
    }
    var timer = $('timer');
    timer.setAttribute('data-phase', phase);
    if (timer.textContent !== shown) timer.textContent = shown;
    var label = text(phase);
    if ($('timer-phase').textContent !== label) $('timer-phase').textContent = label;
  }

  function render() {
    var pitch = state.pitch;
    show($('pitch'), !!pitch);
    if (pitch) {
      $('category').textContent =
        (en ? pitch.categoryEn : pitch.categoryVi) +
        ' · ' +
        text('pitch-of').replace('{position}', pitch.position).replace('{of}', pitch.of);
      $('team').textContent = pitch.team || pitch.code;
      $('idea').textContent = pitch.title;
      tick();
    }
    var revealing = state.prizes.length > 0;
    var tally = state.tally;
    show($('idle'), !pitch && !revealing && !tally);
    if (pitch) root.setAttribute('data-started', '');
    $('idle-text').textContent = state.finished
      ? text('finished')
      : root.hasAttribute('data-started')
        ? text('between')
        : text('waiting');
    show($('voting'), state.voting === 'open');

    show($('results'), revealing);
    var list = $('prizes');
    list.textContent = '';
    state.prizes.forEach(function (prize) {
      var item = document.createElement('li');
      var name = document.createElement('span');
      name.className = 'hall__prize-name';
      name.textContent = en ? prize.nameEn : prize.nameVi;
      item.appendChild(name);
      item.appendChild(
        document.createTextNode(
          prize.winners
            .map(function (w) {
              return w.title + ' (' + teamLine(w) + ')';
            })
            .join('; '),
        ),
      );
      list.appendChild(item);
    });
    $('prizes-left').textContent =
      state.prizesLeft > 0 ? text('prizes-left').replace('{count}', state.prizesLeft) : '';

    show($('tally'), !!tally);
    var tallyList = $('tally-list');
    tallyList.textContent = '';
    (tally || []).forEach(function (row) {
      var item = document.createElement('li');
      item.textContent =
        row.title +
        ' (' +
        teamLine(row) +
        '): ' +
        text('votes').replace('{count}', numbers.format(row.votes));
      tallyList.appendChild(item);
    });
    // For the operator (and the tests): how far the reveal has gone.
    root.setAttribute('data-revealed', String(state.prizes.length));
    root.setAttribute('data-received', String(Date.now()));
  }

  var source = new window.EventSource(root.getAttribute('data-events'));
  source.addEventListener('state', function (event) {
    state = JSON.parse(event.data);
    offsetMs = Date.parse(state.serverTime) - Date.now();
    show($('status'), false);
    render();
  });
  // EventSource reconnects by itself; the server sends the current state first.
  source.addEventListener('error', function () {
    show($('status'), true);
  });
  setInterval(tick, 250);

  var full = $('fullscreen');
  if (full && document.documentElement.requestFullscreen) {
    full.addEventListener('click', function () {
      document.documentElement.requestFullscreen().catch(function () {});
    });
  } else if (full) {
    show(full, false);
  }
})();
