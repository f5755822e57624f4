// GOV.UK Frontend's components (error summary focus, service navigation's menu, ...). A module
// script, so that browsers too old for it get the plain HTML, which works on its own.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Fields needed only for some answers (a postponement's reason, a correction's text): the page
// marks each with the answer that hides it (data-hide-when-field, -value, data-hide-when equal
// or differs), and here the field is shown or hidden as the person answers. The server decides
// the same way what it checks and submits; without this script every field stays shown, with a
// hint saying when it is needed.
function answerOf(form, name) {
  for (const input of form.querySelectorAll('[name]')) {
    if (input.name !== name) {
      continue;
    }
    if (input.type === 'radio') {
      if (input.checked) {
        return input.value;
      }
    } else if (input.type === 'checkbox') {
      return input.checked ? 'true' : 'false';
    } else {
      return input.value === '' ? null : input.value;
    }
  }
  return null;
}

// as the forms' conditions compare: nothing answered equals nothing, numbers as numbers
function sameAnswer(answer, expected) {
  if (answer === null) {
    return false;
  }
  const number = /^-?\d+(\.\d+)?$/;
  return number.test(answer) && number.test(expected) ? Number(answer) === Number(expected) : answer === expected;
}

function showNeededFields(form) {
  for (const group of form.querySelectorAll('[data-hide-when-field]')) {
    const equal = sameAnswer(answerOf(form, group.dataset.hideWhenField), group.dataset.hideWhenValue);
    group.hidden = equal === (group.dataset.hideWhen === 'equal');
  }
}

for (const form of document.querySelectorAll('form')) {
  if (form.querySelector('[data-hide-when-field]')) {
    showNeededFields(form);
    form.addEventListener('change', () => showNeededFields(form));
  }
}

// Before a session ends (SessionTimeouts on the server: idle and absolute limits), a notice at
// the top of the page says when, with "Stay signed in" for the idle limit (WCAG 2.2.1 Timing
// Adjustable). The server says how much time is left; asking does not count as use, so another
// tab's use is seen too. Checked again whenever the person comes back to the tab.
const signedInPerson = document.querySelector('.workspace-header__person');
const UK_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
let sessionTimer;

function sessionNotice() {
  let notice = document.getElementById('session-ending');
  if (!notice) {
    notice = document.createElement('div');
    notice.id = 'session-ending';
    notice.className = 'govuk-notification-banner workspace-session-ending';
    notice.setAttribute('role', 'alert');
    notice.setAttribute('aria-labelledby', 'session-ending-title');
    notice.hidden = true;
    notice.innerHTML = '<div class="govuk-notification-banner__header">'
      + '<h2 class="govuk-notification-banner__title" id="session-ending-title">Important</h2></div>'
      + '<div class="govuk-notification-banner__content">'
      + '<p class="govuk-notification-banner__heading">You will be signed out soon</p>'
      + '<p class="govuk-body" id="session-ending-message"></p>'
      + '<button type="button" class="govuk-button govuk-!-margin-bottom-0" id="session-stay">Stay signed in</button>'
      + '</div>';
    (document.getElementById('main-content') || document.body).prepend(notice);
    notice.querySelector('#session-stay').addEventListener('click', staySignedIn);
  }
  return notice;
}

function showSessionNotice(left, endingSeconds) {
  const notice = sessionNotice();
  const at = UK_TIME.format(new Date(Date.now() + endingSeconds * 1000));
  const idle = left.idleSeconds <= left.absoluteSeconds;
  notice.querySelector('#session-ending-message').textContent = idle
    ? `You have not used supervision for a while. To protect people's records, we will sign you out at ${at} unless you choose Stay signed in.`
    : `You have been signed in for the longest time a sign-in lasts. We will sign you out at ${at}: save your work now, then sign in again.`;
  notice.querySelector('#session-stay').hidden = !idle;
  notice.hidden = false;
}

function hideSessionNotice() {
  const notice = document.getElementById('session-ending');
  if (notice) {
    notice.hidden = true;
  }
}

async function checkSession() {
  clearTimeout(sessionTimer);
  let left;
  try {
    const answer = await fetch('/signed-in/time-left', { headers: { Accept: 'application/json' } });
    if (answer.status === 401) {
      window.location.reload(); // signed out already: the server shows the login page
      return;
    }
    left = await answer.json();
  } catch (e) {
    sessionTimer = setTimeout(checkSession, 60000);
    return;
  }
  const endingSeconds = Math.min(left.idleSeconds, left.absoluteSeconds);
  if (endingSeconds <= 0) {
    window.location.reload(); // the server signs out and says why
  } else if (endingSeconds <= left.warnBeforeSeconds) {
    showSessionNotice(left, endingSeconds);
    sessionTimer = setTimeout(checkSession, Math.min(endingSeconds, 30) * 1000);
  } else {
    hideSessionNotice();
    sessionTimer = setTimeout(checkSession, (endingSeconds - left.warnBeforeSeconds) * 1000);
  }
}

async function staySignedIn() {
  const token = document.querySelector('.workspace-header__sign-out input[name="_csrf"]');
  await fetch('/signed-in/stay', { method: 'POST', headers: { Accept: 'application/json', 'X-CSRF-TOKEN': token ? token.value : '' } });
  await checkSession();
}

if (signedInPerson) {
  checkSession();
  window.addEventListener('focus', checkSession);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      checkSession();
    }
  });
}
