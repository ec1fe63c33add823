/*
 * Progressive enhancement of the abstract form; without it the form is complete.
 * 1. A live word count of the abstract ("123 / 300 words"), by the rule the server enforces
 *    (WordCount.java): whitespace-separated tokens that contain a letter or a digit.
 * 2. An autosaved copy of the typed fields in this browser (localStorage, one key per account and
 *    event's new form or per account and submission, named by the page: TypedCopies.java),
 *    offered back when the form opens and the copy is newer than what the server saved: nothing
 *    typed is lost to an expired session or a closed tab, and nobody else signed in on the same
 *    browser is ever offered it. Signing out removes every copy (sign-out.js).
 * 3. After a successful save the page names the copies the server now has; they are removed.
 */
(function () {
  'use strict';

  var WORDLIKE = /[\p{L}\p{N}]/u;
  var language = document.documentElement.lang || 'en';

  function countWords(text) {
    var tokens = (text || '').trim().split(/\s+/);
    var words = 0;
    for (var i = 0; i < tokens.length; i++) {
      if (tokens[i] && WORDLIKE.test(tokens[i])) {
        words++;
      }
    }
    return words;
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function clearSavedCopies() {
    var marker = document.getElementById('clear-typed');
    var store = storage();
    if (!marker || !store) {
      return;
    }
    (marker.getAttribute('data-keys') || '').split(' ').forEach(function (key) {
      if (key) {
        store.removeItem(key);
      }
    });
  }

  function startWordCount() {
    var text = document.getElementById('submission:abstract');
    var out = document.getElementById('submission:word-count');
    if (!text || !out) {
      return;
    }
    var limit = parseInt(out.getAttribute('data-limit'), 10);
    var template = out.getAttribute('data-template') || '{0} / {1}';
    function update() {
      var words = countWords(text.value);
      out.textContent = template.replace('{0}', words).replace('{1}', limit);
      out.classList.toggle('over-limit', words > limit);
    }
    text.addEventListener('input', update);
    update();
  }

  function typedFields(form) {
    var all = form.querySelectorAll('input[type=text], input[type=email], textarea, select');
    return Array.prototype.filter.call(all, function (field) {
      return field.name && !field.disabled;
    });
  }

  function snapshot(form) {
    var values = {};
    typedFields(form).forEach(function (field) {
      values[field.name] = field.value;
    });
    var presenting = form.querySelector('input[type=radio]:checked');
    return { savedAt: Date.now(), values: values, presenting: presenting ? presenting.value : null };
  }

  function differs(form, copy) {
    return typedFields(form).some(function (field) {
      return Object.prototype.hasOwnProperty.call(copy.values, field.name) &&
        copy.values[field.name] !== field.value;
    });
  }

  function restore(form, copy) {
    typedFields(form).forEach(function (field) {
      if (Object.prototype.hasOwnProperty.call(copy.values, field.name)) {
        field.value = copy.values[field.name];
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    if (copy.presenting !== null) {
      var radio = form.querySelector('input[type=radio][value="' + copy.presenting + '"]');
      if (radio) {
        radio.checked = true;
      }
    }
  }

  function startAutosave() {
    var form = document.getElementById('submission');
    var store = storage();
    if (!form || !store || form.getAttribute('data-read-only') === 'true') {
      return;
    }
    var key = form.getAttribute('data-storage-key');
    var serverSaved = parseInt(form.getAttribute('data-server-saved'), 10) || 0;
    var copy = null;
    try {
      copy = JSON.parse(store.getItem(key));
    } catch (e) {
      copy = null;
    }
    var notice = document.getElementById('restore-typed');
    if (copy && copy.values && copy.savedAt > serverSaved && differs(form, copy) && notice) {
      var text = document.getElementById('restore-typed-text');
      var when = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' })
        .format(new Date(copy.savedAt));
      text.textContent = text.getAttribute('data-template').replace('{0}', when);
      notice.hidden = false;
      document.getElementById('restore-typed-button').addEventListener('click', function () {
        restore(form, copy);
        notice.hidden = true;
        var title = document.getElementById('submission:title');
        if (title) {
          title.focus();
        }
      });
      document.getElementById('restore-typed-discard').addEventListener('click', function () {
        store.removeItem(key);
        notice.hidden = true;
      });
    }
    var timer = null;
    function save() {
      timer = null;
      try {
        store.setItem(key, JSON.stringify(snapshot(form)));
      } catch (e) {
        // Storage full or refused: the server copy still counts; nothing else to do.
      }
    }
    function later() {
      if (timer === null) {
        timer = window.setTimeout(save, 400);
      }
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
  }

  function start() {
    clearSavedCopies();
    startWordCount();
    startAutosave();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
