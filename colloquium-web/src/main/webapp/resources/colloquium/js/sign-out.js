/*
 * Signing out removes everything the application kept in this browser's localStorage (the
 * autosaved abstracts, all named "colloquium.…"), so that the next person at a shared computer
 * finds nothing of it. A session that merely expires leaves the copies, which is why they are
 * also named per account: nobody signed in as someone else is ever offered them.
 */
(function () {
  'use strict';

  var PREFIX = 'colloquium.';

  function clearApplicationStorage() {
    var store;
    try {
      store = window.localStorage;
    } catch (e) {
      return;
    }
    if (!store) {
      return;
    }
    var names = [];
    for (var i = 0; i < store.length; i++) {
      var name = store.key(i);
      if (name && name.indexOf(PREFIX) === 0) {
        names.push(name);
      }
    }
    names.forEach(function (name) {
      store.removeItem(name);
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form.sign-out-form'), function (form) {
      form.addEventListener('submit', clearApplicationStorage);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
