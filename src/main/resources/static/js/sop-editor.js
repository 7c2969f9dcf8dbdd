// The SOP editor (templates/sop/editor.html): lanes and activity rows are added, removed and moved here; the form is
// posted to the server's preview as the admin types (debounced), which answers the validator's problems at their
// form fields and the flowchart. Plain JavaScript, no framework, no build step.
(() => {
  const form = document.getElementById('sop-editor');
  if (!form) {
    return;
  }
  const lanes = document.getElementById('sop-lanes');
  const rows = document.getElementById('sop-rows');
  const laneIds = document.getElementById('sop-lane-ids');
  const status = document.getElementById('sop-preview-status');
  const problems = document.getElementById('sop-problems');
  const flowchart = document.getElementById('sop-flowchart');
  const yaml = document.getElementById('sop-yaml');
  const message = (name, ...args) =>
    args.reduce((text, arg, i) => text.replaceAll('{' + i + '}', String(arg)), form.dataset[name] || '');

  // Names are paths of the *.sop.yaml text: "kegiatan[2].ya". After a change of order every item gets its index.
  const reindex = (container, section) => {
    [...container.children].forEach((item, i) => {
      item.querySelectorAll('[name], [id], [for], [data-field]').forEach((element) => {
        for (const attribute of ['name', 'id', 'for', 'data-field']) {
          const value = element.getAttribute(attribute);
          if (value && value.startsWith(section + '[')) {
            element.setAttribute(attribute, value.replace(/^\w+\[\d+]/, section + '[' + i + ']'));
          }
        }
      });
      const number = item.querySelector('.sop-row-number, .sop-lane-number');
      if (number) {
        number.textContent = String(i + 1);
      }
    });
  };

  // Moving or removing a row renumbers the steps: Ya/Tidak/Lanjut targets follow the row they named.
  const renumberTargets = (before) => {
    const now = new Map();
    [...rows.children].forEach((row, i) => now.set(row, i + 1));
    const mapping = new Map();
    before.forEach((number, row) => mapping.set(String(number), now.has(row) ? String(now.get(row)) : ''));
    rows.querySelectorAll('.sop-target').forEach((input) => {
      const value = input.value.trim();
      if (/^\d+$/.test(value) && mapping.has(value)) {
        input.value = mapping.get(value);
      }
    });
  };

  const numbers = () => {
    const before = new Map();
    [...rows.children].forEach((row, i) => before.set(row, i + 1));
    return before;
  };

  const showBranches = (row) => {
    const symbol = row.querySelector('.sop-symbol');
    const decision = symbol && symbol.value === 'keputusan';
    row.querySelectorAll('.sop-branch').forEach((element) => { element.hidden = !decision; });
    row.querySelectorAll('.sop-next').forEach((element) => { element.hidden = decision; });
  };

  const refreshLaneIds = () => {
    const ids = [...new Set([...lanes.querySelectorAll('.sop-lane-id')].map((i) => i.value.trim()).filter(Boolean))];
    laneIds.replaceChildren(...ids.map((id) => {
      const option = document.createElement('option');
      option.value = id;
      return option;
    }));
  };

  const add = (templateId, container, section) => {
    const item = document.getElementById(templateId).content.firstElementChild.cloneNode(true);
    container.appendChild(item);
    reindex(container, section);
    if (section === 'kegiatan') {
      showBranches(item);
    }
    const first = item.querySelector('textarea, input');
    if (first) {
      first.focus();
    }
  };

  form.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) {
      return;
    }
    const action = button.dataset.action;
    if (action === 'add-lane') {
      add('sop-lane-template', lanes, 'pelaksana');
    } else if (action === 'add-row') {
      const before = numbers();
      add('sop-row-template', rows, 'kegiatan');
      renumberTargets(before);
    } else {
      const item = button.closest('.sop-row, .sop-lane');
      const container = item.parentElement;
      const section = container === rows ? 'kegiatan' : 'pelaksana';
      const before = numbers();
      if (action === 'remove') {
        item.remove();
      } else if (action === 'up' && item.previousElementSibling) {
        container.insertBefore(item, item.previousElementSibling);
      } else if (action === 'down' && item.nextElementSibling) {
        container.insertBefore(item.nextElementSibling, item);
      }
      reindex(container, section);
      if (section === 'kegiatan') {
        renumberTargets(before);
      } else {
        refreshLaneIds();
      }
      const focus = action === 'remove' ? null : item.querySelector('button[data-action="' + action + '"]');
      if (focus) {
        focus.focus();
      }
    }
    schedule();
  });

  // The problems at their fields: the field gets the Bootstrap invalid mark and the message below it.
  const fieldFor = (path) => {
    let current = path;
    while (current) {
      const element = form.querySelector('[name="' + CSS.escape(current) + '"], [data-field="' + CSS.escape(current) + '"]');
      if (element) {
        return element;
      }
      const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut > 0 ? current.substring(0, cut) : '';
    }
    return null;
  };

  const mark = (list) => {
    form.querySelectorAll('.sop-feedback').forEach((element) => element.remove());
    form.querySelectorAll('.is-invalid, .border-warning').forEach((element) => {
      element.classList.remove('is-invalid', 'border-warning');
      element.removeAttribute('aria-invalid');
    });
    list.forEach((problem, i) => {
      const element = problem.field ? fieldFor(problem.field) : null;
      if (!element) {
        return;
      }
      if (problem.severity === 'error') {
        element.classList.add('is-invalid');
        element.setAttribute('aria-invalid', 'true');
      } else {
        element.classList.add('border-warning');
      }
      const feedback = document.createElement('div');
      feedback.className = 'sop-feedback small ' + (problem.severity === 'error' ? 'text-danger' : 'text-warning-emphasis');
      feedback.id = 'sop-feedback-' + i;
      feedback.textContent = problem.message;
      element.insertAdjacentElement('afterend', feedback);
      element.setAttribute('aria-describedby', feedback.id);
    });
  };

  const problemsFromPage = () => [...problems.querySelectorAll('li')].map((li) => ({
    field: li.dataset.field || null,
    severity: li.classList.contains('text-danger') ? 'error' : 'warning',
    message: li.querySelector('span:last-child').textContent,
  }));

  const show = (preview) => {
    problems.replaceChildren(...preview.problems.map((problem) => {
      const li = document.createElement('li');
      li.className = problem.severity === 'error' ? 'text-danger' : 'text-warning-emphasis';
      if (problem.field) {
        li.dataset.field = problem.field;
      }
      const label = document.createElement('strong');
      label.textContent = problem.label;
      li.append(label);
      if (problem.line) {
        li.append(' (' + message('msgLine', problem.line) + ')');
      }
      li.append(': ');
      const text = document.createElement('span');
      text.textContent = problem.message;
      li.append(text);
      return li;
    }));
    mark(preview.problems);
    const errors = preview.problems.filter((p) => p.severity === 'error').length;
    const warnings = preview.problems.length - errors;
    status.textContent = preview.valid
      ? message('msgValid', warnings)
      : message('msgInvalid', errors, warnings) + (flowchart.children.length ? ' ' + message('msgStale') : '');
    if (preview.valid) {
      // The server's SVG: every text of the SOP in it is escaped (sop.document.FlowchartSvg).
      flowchart.innerHTML = preview.flowchart.join('');
      flowchart.classList.remove('stale');
    } else {
      flowchart.classList.add('stale');
    }
    yaml.replaceChildren(...preview.yaml.split('\n').filter((l, i, all) => i < all.length - 1 || l).flatMap((line, i) => {
      const number = document.createElement('span');
      number.className = 'text-body-secondary user-select-none';
      number.textContent = String(i + 1);
      return [number, '  ' + line + '\n'];
    }));
  };

  let timer = null;
  let sent = 0;
  const refresh = async () => {
    const mine = ++sent;
    status.textContent = message('msgChecking');
    try {
      const response = await fetch(form.dataset.preview, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) {
        throw new Error('preview answered ' + response.status);
      }
      const preview = await response.json();
      if (mine === sent) {
        show(preview);
      }
    } catch (error) {
      if (mine === sent) {
        status.textContent = message('msgOffline');
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  };

  form.addEventListener('input', (event) => {
    if (event.target.classList.contains('sop-lane-id')) {
      refreshLaneIds();
    }
    schedule();
  });
  form.addEventListener('change', (event) => {
    if (event.target.classList.contains('sop-symbol')) {
      showBranches(event.target.closest('.sop-row'));
    }
    schedule();
  });
  problems.addEventListener('click', (event) => {
    const li = event.target.closest('li[data-field]');
    const element = li ? fieldFor(li.dataset.field) : null;
    if (element && element.focus) {
      element.focus();
    }
  });

  rows.querySelectorAll('.sop-row').forEach(showBranches);
  mark(problemsFromPage());
})();
