/*
 * The organisers' drag-and-drop board (/manage/events/{slug}/programme): PrimeFaces' schedule
 * (FullCalendar) configured to show one day with the rooms as columns. FullCalendar's own views
 * have days as columns, so the page lays room i on the day "chosen day + i" (the server does the
 * same arithmetic, see BoardCoordinates) and names the columns after the rooms. Every move here
 * has a keyboard twin in the forms below the board.
 */
(function () {
  'use strict';

  function columns() {
    var holder = document.getElementById('board-columns');
    return {
      names: holder ? (holder.getAttribute('data-columns') || '').split('|') : [],
      day: holder ? holder.getAttribute('data-day') : null,
      empty: holder ? holder.getAttribute('data-empty') : ''
    };
  }

  // Text nodes only: titles and names are organisers' and authors' text, never markup.
  function eventContent(arg) {
    var box = document.createElement('div');
    box.className = 'board-event';
    var title = document.createElement('strong');
    title.textContent = arg.event.title;
    box.appendChild(title);
    var description = arg.event.extendedProps && arg.event.extendedProps.description;
    if (description) {
      var list = document.createElement('ul');
      description.split('\n').forEach(function (line) {
        var item = document.createElement('li');
        item.textContent = line;
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return { domNodes: [box] };
  }

  window.colloquiumBoard = function () {
    var layout = columns();
    var base = layout.day ? Date.parse(layout.day + 'T00:00:00Z') : 0;
    var options = this.cfg.options;
    options.views = options.views || {};
    options.views.rooms = { type: 'timeGrid', duration: { days: Math.max(1, layout.names.length) } };
    options.initialView = 'rooms';
    options.headerToolbar = false;
    options.allDaySlot = false;
    options.snapDuration = '00:05:00';
    options.slotLabelFormat = { hour: '2-digit', minute: '2-digit', hour12: false };
    options.eventTimeFormat = { hour: '2-digit', minute: '2-digit', hour12: false };
    options.dayHeaderContent = function (arg) {
      var index = Math.round((arg.date.getTime() - base) / 86400000);
      return layout.names[index] || '';
    };
    options.eventContent = eventContent;
    options.droppable = true;
    options.drop = function (info) {
      var id = info.draggedEl.getAttribute('data-contribution');
      if (id && window.colloquiumBoardDrop) {
        window.colloquiumBoardDrop([
          { name: 'contribution', value: id },
          { name: 'at', value: info.date.toISOString() }
        ]);
      }
    };
    var list = document.getElementById('board-tray');
    if (list && window.FullCalendar && FullCalendar.Draggable && !list.colloquiumDraggable) {
      list.colloquiumDraggable = new FullCalendar.Draggable(list, {
        itemSelector: '.board-draggable',
        eventData: function (el) {
          // create: false — the server places the contribution into the session it lands on and
          // the board is drawn again from what the server kept.
          return {
            title: el.getAttribute('data-title'),
            duration: { minutes: parseInt(el.getAttribute('data-minutes'), 10) || 20 },
            create: false
          };
        }
      });
    }
  };
})();
