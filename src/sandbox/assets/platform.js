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

  // The platform's required-field check is jquery.validate: rules and messages come from each field's
  // data-required / data-msg; errors are label.error after the field (after the select2 box, after a radio group).
  function validatorOf(form) {
    if (!form.length || !$.fn.validate) return null;
    if (form.data('validator')) return form.data('validator');
    var v = form.validate({
      ignore: [], // select2 hides the real <select>; it must still be checked
      errorElement: 'label',
      errorClass: 'error',
      submitHandler: function () { return false; }, // saves go by ajax from the page's buttons, never a native submit
      errorPlacement: function (error, el) {
        if (el.hasClass('select2-hidden-accessible')) error.insertAfter(el.next('.select2'));
        else if (el.is(':radio')) error.appendTo(el.closest('td'));
        else error.insertAfter(el);
      },
      highlight: function (el) { $(el).addClass('error').next('.select2').addClass('select2-error'); },
      unhighlight: function (el) { $(el).removeClass('error').next('.select2').removeClass('select2-error'); }
    });
    // The message comes from the element's own data-msg (rows of a table share a name; jquery.validate checks the first).
    form.find('[data-required]').each(function () { $(this).rules('add', { required: true }); });
    return v;
  }
  // Widgets change values without the keyup/focusout jquery.validate listens to: re-check them once the form was checked.
  function recheck(el) {
    var v = $(el.form).data('validator');
    if (v && (el.name in v.submitted || el.name in v.invalid)) v.element(el);
  }

  // Widgets.
  $(function () {
    $('select.select2').each(function () {
      $(this).select2({ language: 'zh-CN', width: $(this).data('width') || '320px', placeholder: $(this).data('placeholder') || '请选择', allowClear: !$(this).prop('multiple') && !$(this).is('[data-required]') });
    }).on('change', function () { recheck(this); });
    if (laydate) $('input.laydate-icon').each(function () {
      var input = this;
      laydate.render({ elem: input, type: 'date', trigger: 'click', done: function () { setTimeout(function () { recheck(input); }, 0); } });
    });
    $('form').each(function () { validatorOf($(this)); });
    // 检查事项 sub-table (检查类别 / 检查事项 / 说明) follows the item picker.
    $('select[data-subtable]').on('change', function () {
      var body = $($(this).data('subtable')).find('tbody').empty();
      $(this).find('option:selected').each(function () {
        var o = $(this), text = o.text().replace(/（.*）$/, '');
        body.append($('<tr>').append($('<td>').text(o.data('kind')), $('<td>').text(text), $('<td>').text(o.data('content') || '')));
      });
    });
    // The 抽取库主体户数 cell follows the library chosen for the item.
    $(document).on('change', 'select[name="entryLibrary"]', function () {
      $(this).closest('tr').find('.library-size').text($(this).find('option:selected').data('size'));
    });
  });

  /** Check a form as the platform's save does; returns the first message, or null when it passes. */
  function validate(form) {
    var v = validatorOf(form);
    if (!v || form.valid()) return null;
    return v.errorList.length ? v.errorList[0].message : '请完善必填信息';
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
