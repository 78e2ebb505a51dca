/* Instructor exam screens. The session monitor reloads itself so the
   room's progress (section, last save) stays current without a click;
   it waits while the instructor is using a form on the page. */
(function () {
  'use strict';
  if (!document.querySelector('table.monitor')) return;
  var busy = false;
  document.addEventListener('focusin', function (e) { busy = !!(e.target.closest && e.target.closest('form')); });
  document.addEventListener('focusout', function () { busy = false; });
  setInterval(function () { if (!busy && !document.hidden) location.reload(); }, 20000);
})();
