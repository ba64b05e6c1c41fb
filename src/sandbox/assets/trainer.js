/* Trainer pages on the sandbox: print and full-screen buttons, and the ceremony's reveal of the real
   draw result. No framework and no network: the ceremony works offline. */
(function () {
  document.querySelectorAll('button.print').forEach(function (b) { b.addEventListener('click', function () { window.print(); }); });
  document.querySelectorAll('button.fullscreen').forEach(function (b) {
    b.addEventListener('click', function () { if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen(); });
  });
  var list = document.getElementById('drawn');
  if (!list) return;
  // The page holds the real result in draw order; it is revealed one object at a time. The names
  // flashing before each reveal are the library's own, shown while the next real one is announced.
  var items = Array.prototype.slice.call(list.querySelectorAll('li'));
  var pool = JSON.parse(document.getElementById('pool').textContent || '[]');
  var spinner = document.querySelector('.spinner');
  var verify = document.getElementById('verify');
  var fast = /[?&]fast=1/.test(location.search);
  if (verify) verify.classList.add('hidden-until-done');
  items.forEach(function (li) { li.classList.add('pending'); });
  var i = 0;
  function next() {
    if (i >= items.length) {
      if (spinner) spinner.textContent = spinner.getAttribute('data-done') || '';
      if (verify) verify.classList.remove('hidden-until-done');
      document.body.setAttribute('data-revealed', 'all');
      return;
    }
    var li = items[i];
    var ticks = fast ? 0 : 12;
    var t = 0;
    var timer = setInterval(function () {
      if (t++ < ticks && pool.length) { spinner.textContent = pool[Math.floor(Math.random() * pool.length)]; return; }
      clearInterval(timer);
      spinner.textContent = li.querySelector('.name').textContent;
      li.classList.remove('pending');
      li.classList.add('new');
      setTimeout(function () { li.classList.remove('new'); }, 800);
      document.body.setAttribute('data-revealed', String(i + 1));
      i++;
      setTimeout(next, fast ? 0 : 350);
    }, 60);
  }
  setTimeout(next, fast ? 0 : 600);
})();
