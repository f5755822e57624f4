// The diagram page: draws the process model with bpmn-js and marks the steps the process took.
// Everything comes from the page itself (the model in #diagram's data-bpmn, the steps in the
// table #steps), so the diagram shows exactly what the table lists and needs no second request.
(function () {
  const container = document.getElementById('diagram');
  const rows = Array.from(document.querySelectorAll('#steps tbody tr'));

  async function draw() {
    const viewer = new BpmnJS({ container: container });
    await viewer.importXML(container.dataset.bpmn);
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    for (const row of rows) {
      const id = row.dataset.activityId;
      if (!registry.get(id)) { continue; } // a step of a sub-process drawn elsewhere, or of an older model
      canvas.addMarker(id, 'taken');
      if (row.dataset.who) {
        const who = document.createElement('div');
        who.className = 'audit-who';
        who.textContent = row.dataset.who + ', ' + row.dataset.day;
        overlays.add(id, { position: { bottom: 12, left: 0 }, html: who });
      }
    }
    container.dataset.drawn = 'true';
  }

  draw().catch(function (problem) {
    document.getElementById('diagram-problem').hidden = false;
    console.error('The diagram could not be drawn', problem);
  });
})();
