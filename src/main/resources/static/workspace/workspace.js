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
