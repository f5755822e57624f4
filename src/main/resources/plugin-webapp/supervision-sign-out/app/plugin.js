// Sign-out from Camunda's webapps as from the workspace (org.supervision.security.WebappSignOutPlugins):
// the menu's "Log out" sends the webapps' usual sign-out request, whose answer names where to go
// next: the identity provider's sign-out for a person it signed in, otherwise the login page.
(function () {
  var base = document.querySelector('base');
  var appRoot = base ? base.getAttribute('app-root') : '/camunda';
  // the engine is the last part of the page's base address (/camunda/app/tasklist/default/)
  var engine = base ? new URL(base.href).pathname.split('/').filter(Boolean).pop() : 'default';
  var loginPage = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/login?logout';

  function xsrfToken() {
    var cookie = document.cookie.split('; ').filter(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; })[0];
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  function signOut(event) {
    event.preventDefault();
    event.stopPropagation();
    fetch(appRoot + '/api/admin/auth/user/' + encodeURIComponent(engine) + '/logout', {
      method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken()}
    }).then(function (answer) {
      return answer.ok ? answer.json() : {};
    }).catch(function () {
      return {};
    }).then(function (answer) {
      window.location.href = answer.signOutAt || loginPage;
    });
  }

  // the header is drawn, and drawn again, by the webapp: take over each "Log out" link it draws
  function takeOver() {
    document.querySelectorAll('li.account li.logout a:not([data-supervision-sign-out])').forEach(function (link) {
      // a copy carries none of the webapp's own handlers
      var own = link.cloneNode(true);
      own.setAttribute('data-supervision-sign-out', '');
      own.setAttribute('href', loginPage);
      own.addEventListener('click', signOut);
      link.parentNode.replaceChild(own, link);
    });
  }

  new MutationObserver(takeOver).observe(document, {childList: true, subtree: true});
  takeOver();
})();
