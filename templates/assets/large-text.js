// 大字模式：不用 JavaScript 时勾选框在本页有效；有 JavaScript 时记住选择，其他页面也用大字。
(function () {
  var box = document.getElementById('large-text');
  if (!box) return;
  try {
    if (localStorage.getItem('gongkai-large-text') === '1') box.checked = true;
    box.addEventListener('change', function () {
      localStorage.setItem('gongkai-large-text', box.checked ? '1' : '0');
    });
  } catch (e) { /* 浏览器不允许存储时，只在本页有效 */ }
})();
