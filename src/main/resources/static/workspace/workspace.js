// GOV.UK Frontend's components (error summary focus, service navigation's menu, ...). A module
// script, so that browsers too old for it get the plain HTML, which works on its own.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
