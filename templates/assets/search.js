// 站内搜索：读取生成时写好的 search/index.json，在本页显示匹配的条目。
// 没有 JavaScript 时，页面下方的完整列表就是目录。
(function () {
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var directory = document.getElementById('search-directory');
  if (!form || !input || !results) return;
  var root = document.querySelector('link[rel="stylesheet"]').getAttribute('href').replace('assets/style.css', '');
  var index = null;

  function load(callback) {
    if (index) return callback();
    var request = new XMLHttpRequest();
    request.open('GET', 'index.json');
    request.onload = function () {
      try { index = JSON.parse(request.responseText); } catch (e) { index = []; }
      callback();
    };
    request.onerror = function () { index = []; callback(); };
    request.send();
  }

  function show(query) {
    results.textContent = '';
    if (!query) { directory.hidden = false; return; }
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var found = index.filter(function (entry) {
      var text = (entry[0] + ' ' + entry[1] + ' ' + entry[2]).toLowerCase();
      return words.every(function (word) { return text.indexOf(word) >= 0; });
    });
    var heading = document.createElement('h2');
    heading.textContent = '找到 ' + found.length + ' 项';
    results.appendChild(heading);
    var list = document.createElement('ul');
    list.className = 'directory';
    found.slice(0, 200).forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + entry[3];
      link.textContent = entry[1];
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = entry[0] + ' · ' + entry[2];
      item.appendChild(link);
      item.appendChild(meta);
      list.appendChild(item);
    });
    results.appendChild(list);
    directory.hidden = true;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    load(function () { show(input.value.trim()); });
  });
  input.addEventListener('input', function () {
    load(function () { show(input.value.trim()); });
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) { input.value = query; load(function () { show(query); }); }
})();
