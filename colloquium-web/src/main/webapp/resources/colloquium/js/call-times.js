/*
 * Progressive enhancement of the call for papers pages; without it they are complete.
 * 1. After every <time datetime data-local-label> it adds the same moment in the visitor's own
 *    time zone, as the browser knows it ("Your time: 11 January 2027, 22:59 CET").
 * 2. It refreshes the countdown (<span data-countdown-to>) once a minute. The element has no
 *    aria-live on purpose: a screen reader should not be interrupted by a clock.
 */
(function () {
  'use strict';

  var language = document.documentElement.lang || 'en';

  function addLocalTimes() {
    var format;
    try {
      // dateStyle and timeStyle cannot be combined with timeZoneName: name the parts.
      format = new Intl.DateTimeFormat(language, {
        year: 'numeric', month: 'long', day: 'numeric',
        hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'
      });
    } catch (e) {
      return;
    }
    var times = document.querySelectorAll('time[datetime][data-local-label]');
    for (var i = 0; i < times.length; i++) {
      var time = times[i];
      var moment = new Date(time.getAttribute('datetime'));
      if (isNaN(moment.getTime()) || time.getAttribute('data-local-added')) {
        continue;
      }
      var local = document.createElement('span');
      local.className = 'local-time';
      local.textContent = ' · ' + time.getAttribute('data-local-label') + ' ' + format.format(moment);
      var after = time.parentNode.tagName === 'STRONG' ? time.parentNode : time;
      var zone = after.nextElementSibling;
      (zone && zone.classList.contains('zone') ? zone : after).insertAdjacentElement('afterend', local);
      time.setAttribute('data-local-added', 'true');
    }
  }

  function relative(milliseconds) {
    var minutes = Math.max(1, Math.ceil(milliseconds / 60000));
    var hours = Math.floor(milliseconds / 3600000);
    var days = Math.floor(milliseconds / 86400000);
    if (days >= 2) {
      return [days, 'day'];
    }
    if (hours >= 2) {
      return [hours, 'hour'];
    }
    return [minutes, 'minute'];
  }

  function refreshCountdowns() {
    var counters = document.querySelectorAll('[data-countdown-to]');
    if (counters.length === 0 || typeof Intl.RelativeTimeFormat !== 'function') {
      return false;
    }
    var format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
    for (var i = 0; i < counters.length; i++) {
      var counter = counters[i];
      var left = new Date(counter.getAttribute('data-countdown-to')).getTime() - Date.now();
      if (isNaN(left)) {
        continue;
      }
      if (left <= 0) {
        counter.textContent = counter.getAttribute('data-countdown-passed');
        continue;
      }
      var amount = relative(left);
      counter.textContent =
        counter.getAttribute('data-countdown-prefix') + ' ' + format.format(amount[0], amount[1]);
    }
    return true;
  }

  function start() {
    addLocalTimes();
    if (refreshCountdowns()) {
      window.setInterval(refreshCountdowns, 60000);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
