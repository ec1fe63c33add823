/*
 * Progressive enhancement of the public programme; without it the page is complete.
 * 1. "Times in my zone": every <time data-clock> shows the visitor's own clock time, as the
 *    browser knows it, and back. Items stay under the event's days, so nothing is listed twice
 *    when the visitor's day differs from the event's.
 * 2. A personal agenda kept in this browser (localStorage, per event): a star button on every
 *    contribution, "Only my agenda" to show just the starred ones, and a calendar link to them.
 *    For a signed-in visitor (#agenda-sync present) the stars are also kept for the account: on
 *    load the browser's and the account's are joined, and every change is sent whole.
 * Texts come from data attributes of #programme-tools, written by the server in the page's
 * language.
 */
(function () {
  'use strict';

  var tools = document.getElementById('programme-tools');
  if (!tools || !window.localStorage || typeof Intl !== 'object') {
    return;
  }
  var slug = tools.getAttribute('data-slug');
  var key = 'colloquium.agenda.' + slug;
  var language = document.documentElement.lang || 'en';

  function starred() {
    try {
      return JSON.parse(localStorage.getItem(key) || '[]');
    } catch (e) {
      return [];
    }
  }

  function save(ids) {
    localStorage.setItem(key, JSON.stringify(ids));
  }

  var sync = document.getElementById('agenda-sync');
  var syncPath = sync && window.fetch ? sync.getAttribute('data-path') : null;

  /** Sends the whole list to the account; a failure leaves the browser's copy, sent next time. */
  function send(ids) {
    if (!syncPath) {
      return Promise.resolve();
    }
    return fetch(syncPath, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'c=' + encodeURIComponent(ids.join(','))
    }).catch(function () {});
  }

  function button(text) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'ui-button programme-tool';
    b.textContent = text;
    return b;
  }

  // 1. The visitor's clock.
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var eventZone = tools.getAttribute('data-zone');
  var times = document.querySelectorAll('time[data-clock]');
  if (zone && zone !== eventZone && times.length > 0) {
    var clock = new Intl.DateTimeFormat(language, {
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone
    });
    var toggle = button(tools.getAttribute('data-my-zone').replace('{0}', zone));
    toggle.setAttribute('aria-pressed', 'false');
    var note = document.getElementById('zone-note');
    toggle.addEventListener('click', function () {
      var local = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', local ? 'true' : 'false');
      for (var i = 0; i < times.length; i++) {
        var time = times[i];
        if (!time.hasAttribute('data-event-text')) {
          time.setAttribute('data-event-text', time.textContent);
        }
        time.textContent = local
          ? clock.format(new Date(time.getAttribute('datetime')))
          : time.getAttribute('data-event-text');
      }
      if (note) {
        note.textContent = local
          ? tools.getAttribute('data-shown-in').replace('{0}', zone)
          : note.getAttribute('data-event-text') || note.textContent;
      }
    });
    if (note) {
      note.setAttribute('data-event-text', note.textContent);
    }
    tools.appendChild(toggle);
  }

  // 2. Stars.
  var items = document.querySelectorAll('[data-contribution]');
  if (items.length === 0) {
    return;
  }
  var only = button(tools.getAttribute('data-only-mine'));
  only.setAttribute('aria-pressed', 'false');
  var calendar = document.createElement('a');
  calendar.className = 'agenda-calendar';
  calendar.textContent = tools.getAttribute('data-calendar');

  function refresh() {
    var ids = starred();
    var mine = only.getAttribute('aria-pressed') === 'true';
    for (var i = 0; i < items.length; i++) {
      var id = items[i].getAttribute('data-contribution');
      var on = ids.indexOf(id) >= 0;
      var star = items[i].querySelector('.star');
      star.setAttribute('aria-pressed', on ? 'true' : 'false');
      star.textContent = on ? '★' : '☆';
      items[i].hidden = mine && !on;
    }
    calendar.hidden = ids.length === 0;
    calendar.href = tools.getAttribute('data-calendar-path') + '?c=' + ids.join(',');
  }

  for (var i = 0; i < items.length; i++) {
    (function (item) {
      var star = button('☆');
      star.className = 'star';
      var link = item.querySelector('a');
      star.setAttribute('aria-label', tools.getAttribute('data-star') + ': ' +
        (link ? link.textContent : ''));
      star.addEventListener('click', function () {
        var ids = starred();
        var id = item.getAttribute('data-contribution');
        var at = ids.indexOf(id);
        if (at >= 0) {
          ids.splice(at, 1);
        } else {
          ids.push(id);
        }
        save(ids);
        send(ids);
        refresh();
      });
      item.insertBefore(star, item.firstChild);
    })(items[i]);
  }
  only.addEventListener('click', function () {
    only.setAttribute('aria-pressed', only.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
    refresh();
  });
  tools.appendChild(only);
  tools.appendChild(calendar);
  refresh();
  if (syncPath) {
    fetch(syncPath, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (kept) {
        if (!kept) {
          return;
        }
        var ids = starred();
        var account = kept.contributions.map(String);
        var joined = ids.slice();
        account.forEach(function (id) {
          if (joined.indexOf(id) < 0) {
            joined.push(id);
          }
        });
        save(joined);
        if (joined.length !== account.length) {
          send(joined);
        }
        refresh();
        tools.setAttribute('data-synced', 'true');
      })
      .catch(function () {});
  }
})();
