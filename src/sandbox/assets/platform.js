/* The platform's page behaviour, in the style of its 2017 front end: jQuery, select2, laydate, layer. */
(function ($) {
  'use strict';
  var layer = window.layui && layui.layer;
  var laydate = window.layui && layui.laydate;

  // Shell: menu items open pages in iframe tabs, one iframe per page.
  $(document).on('click', '.J_menuItem', function (e) {
    e.preventDefault();
    var url = $(this).attr('href'), name = $.trim($(this).text());
    $('.J_menuItem').removeClass('active');
    $(this).addClass('active');
    window.openTab(url, name);
  });
  window.openTab = function (url, name) {
    var top = window.top.document;
    var tabs = $('.content-tabs', top), main = $('.J_mainContent', top);
    var existing = main.find('iframe.J_iframe').filter(function () { return $(this).attr('data-id') === url; });
    tabs.find('.J_menuTab').removeClass('active');
    main.find('iframe.J_iframe').removeClass('active');
    if (existing.length) {
      existing.addClass('active');
      tabs.find('.J_menuTab').filter(function () { return $(this).attr('data-id') === url; }).addClass('active');
      return;
    }
    var tab = $('<a class="J_menuTab active"></a>').attr('data-id', url).text(name);
    tab.append($('<i class="J_closeTab" title="关闭">×</i>'));
    tabs.append(tab);
    main.append($('<iframe class="J_iframe active" frameborder="0"></iframe>').attr('data-id', url).attr('name', 'iframe' + tabs.find('.J_menuTab').length).attr('src', url));
  };
  $(document).on('click', '.J_menuTab', function () {
    var url = $(this).attr('data-id');
    $('.J_menuTab').removeClass('active');
    $(this).addClass('active');
    $('iframe.J_iframe').removeClass('active').filter(function () { return $(this).attr('data-id') === url; }).addClass('active');
  });
  $(document).on('click', '.J_closeTab', function (e) {
    e.stopPropagation();
    var tab = $(this).parent(), url = tab.attr('data-id');
    $('iframe.J_iframe').filter(function () { return $(this).attr('data-id') === url; }).remove();
    var wasActive = tab.hasClass('active');
    tab.remove();
    if (wasActive) $('.J_menuTab').last().trigger('click');
  });
  // Links inside a page that open another page as a tab of the shell.
  $(document).on('click', 'a[data-tab]', function (e) {
    e.preventDefault();
    window.top.openTab($(this).attr('href'), $(this).attr('data-tab'));
  });

  // Widgets.
  $(function () {
    $('select.select2').each(function () {
      $(this).select2({ language: 'zh-CN', width: $(this).data('width') || '320px', placeholder: $(this).data('placeholder') || '请选择', allowClear: !$(this).prop('multiple') && !$(this).is('[data-required]') });
    });
    if (laydate) $('input.laydate-icon').each(function () { laydate.render({ elem: this, type: 'date', trigger: 'click' }); });
  });

  // The platform's required-field check (jquery.validate style: a label.error after the field).
  function validate(form) {
    var ok = true, first = null;
    form.find('label.error').remove();
    form.find('[data-required]').each(function () {
      var f = $(this), v = f.is(':radio') ? form.find('[name="' + f.attr('name') + '"]:checked').val() : f.val();
      if (f.is(':radio') && f.index('[name="' + f.attr('name') + '"]') > 0) return;
      if (v === null || v === undefined || (typeof v === 'string' && $.trim(v) === '') || ($.isArray(v) && !v.length)) {
        ok = false;
        var msg = f.data('msg') || '这是必填字段';
        var anchor = f.hasClass('select2-hidden-accessible') ? f.next('.select2') : f.is(':radio') ? f.closest('td').children().last() : f;
        $('<label class="error"></label>').text(msg).insertAfter(anchor);
        first = first || msg;
      }
    });
    return first;
  }
  window.platformValidate = validate;

  $(document).on('click', '[data-submit]', function () {
    var form = $($(this).data('submit'));
    var missing = validate(form);
    if (missing) {
      if (layer) layer.msg(missing, { icon: 2 });
      return;
    }
    $.post(form.attr('action'), form.serialize(), function (r) {
      if (r.success) {
        if (layer) layer.msg(r.msg || '保存成功', { icon: 1, time: 800 }, function () { if (r.redirect) location.href = r.redirect; });
        else if (r.redirect) location.href = r.redirect;
      } else if (layer) layer.alert(r.msg, { icon: 2, title: '提示' });
    }, 'json');
  });

  // Actions behind a layer.confirm (摇号, 锁定名单...).
  $(document).on('click', '[data-action]', function () {
    var b = $(this), url = b.data('action'), confirmText = b.data('confirm');
    var go = function (idx) {
      if (idx !== undefined && layer) layer.close(idx);
      var form = b.data('form') ? $(b.data('form')) : null;
      if (form) {
        var missing = validate(form);
        if (missing) { if (layer) layer.msg(missing, { icon: 2 }); return; }
      }
      $.post(url, form ? form.serialize() : {}, function (r) {
        if (r.success) { if (layer) layer.msg(r.msg || '操作成功', { icon: 1, time: 700 }, function () { location.reload(); }); else location.reload(); }
        else if (layer) layer.alert(r.msg, { icon: 2, title: '提示' });
      }, 'json');
    };
    if (confirmText && layer) layer.confirm(confirmText, { icon: 3, title: '提示', btn: ['确定', '取消'] }, go);
    else go();
  });
})(jQuery);
