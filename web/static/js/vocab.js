/* Vocabulary flashcards: the answer side stays covered until asked for
   (button, Space or Enter), then 1–4 rate it Again, Hard, Good, Easy.
   Without script the answer simply shows. */
(function () {
  'use strict';
  var show = document.getElementById('card-show');
  var back = document.getElementById('card-back');
  if (!show || !back) return;
  back.hidden = true;
  show.hidden = false;

  function reveal() {
    back.hidden = false;
    show.hidden = true;
    var good = document.getElementById('rate-good');
    if (good) good.focus();
  }
  show.addEventListener('click', reveal);

  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var typing = e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA');
    if (back.hidden) {
      if (e.key === 'Enter' || (!typing && e.key === ' ')) { e.preventDefault(); reveal(); }
      return;
    }
    if (typing) return;
    var b = document.querySelector('.ratings button[data-key="' + e.key + '"]');
    if (b) { e.preventDefault(); b.click(); }
  });
})();
