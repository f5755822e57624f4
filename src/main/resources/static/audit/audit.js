// Auditor page: talks only to /audit/api (read-only, auditors only, every read logged).
(function () {
  const $ = (selector) => document.querySelector(selector);
  const state = { staffId: null, viewer: null };

  async function get(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  function text(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  function when(instant) {
    return instant ? new Date(instant).toLocaleString('en-GB', { timeZone: 'Europe/London' }) : '';
  }

  function cell(row, value) {
    const td = document.createElement('td');
    td.textContent = text(value);
    row.appendChild(td);
    return td;
  }

  function filters() {
    const params = new URLSearchParams({ staffId: state.staffId });
    for (const name of ['process', 'from', 'to', 'actor']) {
      const value = $('#' + name).value;
      if (value) { params.set(name, value); }
    }
    return params.toString();
  }

  async function search(event) {
    event.preventDefault();
    const list = $('#staffResults');
    list.textContent = '';
    const people = await get('/audit/api/staff?q=' + encodeURIComponent($('#staffQuery').value));
    for (const person of people) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = person.name + ' (' + person.id + ', ' + person.category.toLowerCase() + ')';
      button.addEventListener('click', () => open(person));
      item.appendChild(button);
      list.appendChild(item);
    }
    if (!people.length) { list.textContent = 'Nobody found.'; }
  }

  async function open(person) {
    state.staffId = person.id;
    $('#trailTitle').textContent = 'Trail of ' + person.name + ' (' + person.id + ')';
    $('#trailSection').hidden = false;
    $('#diagramPanel').hidden = true;
    await Promise.all([loadInstances(), loadTrail()]);
  }

  async function loadInstances() {
    const list = $('#instances');
    list.textContent = '';
    for (const instance of await get('/audit/api/instances?staffId=' + encodeURIComponent(state.staffId))) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'showPath';
      button.dataset.processKey = instance.processKey;
      button.textContent = instance.processName + ', started ' + when(instance.start) + ' (' + instance.state.toLowerCase() + '): show path';
      button.addEventListener('click', () => showPath(instance.id));
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  async function loadTrail() {
    const query = filters();
    $('#exportCsv').href = '/audit/api/trail.csv?' + query;
    $('#exportJson').href = '/audit/api/trail.json?' + query;
    const body = $('#timeline tbody');
    body.textContent = '';
    for (const entry of await get('/audit/api/trail?' + query)) {
      const row = document.createElement('tr');
      cell(row, when(entry.at));
      cell(row, entry.process);
      cell(row, entry.kind.toLowerCase().replace(/_/g, ' '));
      cell(row, entry.what);
      cell(row, entry.actor);
      cell(row, entry.details);
      body.appendChild(row);
    }
  }

  async function showPath(processInstanceId) {
    const instance = await get('/audit/api/instances/' + encodeURIComponent(processInstanceId));
    $('#diagramPanel').hidden = false;
    $('#diagramTitle').textContent = instance.processName + ' (' + instance.state.toLowerCase() + '): the path taken';
    if (!state.viewer) {
      state.viewer = new BpmnJS({ container: '#diagram' });
    }
    await state.viewer.importXML(instance.xml);
    const canvas = state.viewer.get('canvas');
    const overlays = state.viewer.get('overlays');
    const registry = state.viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    for (const step of instance.path) {
      if (!registry.get(step.activityId)) { continue; }
      canvas.addMarker(step.activityId, 'taken');
      if (step.assignee || step.type === 'userTask') {
        const who = document.createElement('div');
        who.className = 'who';
        who.textContent = text(step.assignee) + ' ' + new Date(step.end || step.start).toLocaleDateString('en-GB');
        overlays.add(step.activityId, { position: { bottom: 12, left: 0 }, html: who });
      }
    }
  }

  async function verify() {
    const result = await get('/audit/api/verification');
    $('#verifyResult').textContent = result.summary;
  }

  function report(action) {
    return (event) => action(event).catch((error) => alert(error.message));
  }

  $('#searchForm').addEventListener('submit', report(search));
  $('#filterForm').addEventListener('submit', report(async (event) => { event.preventDefault(); await loadTrail(); }));
  $('#verifyButton').addEventListener('click', report(verify));
  $('#printButton').addEventListener('click', () => window.print());
})();
