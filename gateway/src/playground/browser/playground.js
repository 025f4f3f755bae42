// The Work-Plus playground: GraphiQL with a sign-in bar, a purpose-of-use
// selector and the example collection of clients/operations. Plain browser
// JavaScript on React's and GraphiQL's UMD globals; the gateway serves every
// file, and the page calls nothing but the gateway.
(() => {
  'use strict';
  const config = JSON.parse(document.getElementById('playground-config').textContent);
  const { createElement: h, Fragment, useEffect, useMemo, useRef, useState } = React;
  const SESSION = 'workplus.playground.session';
  const LEARNED = 'workplus.playground.learned';

  // The token lives in this tab's session only: never in a URL, never in localStorage.
  const stored = (key) => {
    try {
      return JSON.parse(sessionStorage.getItem(key));
    } catch {
      return null;
    }
  };
  const store = (key, value) => (value == null ? sessionStorage.removeItem(key) : sessionStorage.setItem(key, JSON.stringify(value)));

  const label = (code) => code.toLowerCase().replace(/_/g, ' ');
  const callerText = (c) => `${label(c.agency)} ${c.roles.map(label).join(', ')} · ${c.center}${c.participant ? ` · ${c.participant}` : ''}`;

  /** What a JWT says about its holder, for a pasted token (not verified here: the gateway does that). */
  function claimsOf(token) {
    try {
      const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return { subject: payload.sub, agency: payload.agency, roles: payload.roles || [], center: payload.center, participant: payload.participant };
    } catch {
      return null;
    }
  }

  /**
   * An example's variables with their placeholders filled: the showcase person, a new UUID each, IDs from earlier
   * answers, and its dates moved with the calendar (as fillPlaceholders in clients/collection.ts does).
   */
  function fillExample(variables, learned) {
    return fill(JSON.parse(shiftExampleDates(JSON.stringify(variables))), learned);
  }

  function fill(value, learned) {
    if (Array.isArray(value)) return value.map((v) => fill(v, learned));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, learned)]));
    if (value === config.placeholders.showcase) return config.signIn.showcase || value;
    if (value === config.placeholders.uuid) return crypto.randomUUID();
    if (typeof value === 'string' && value in config.placeholders.learned) return learned[value] || value;
    return value;
  }

  const DAY_MS = 86400000;
  const DATE = /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g;
  /** Every date in an example moved forward by the days since the examples were written (shiftExampleDates there). */
  function shiftExampleDates(text) {
    const today = new Date(Date.now() + 9 * 3600000).toISOString().slice(0, 10);
    const days = Math.round((Date.parse(today) - Date.parse(config.placeholders.datesAsOf)) / DAY_MS);
    if (days <= 0) return text;
    return text.replace(DATE, (date) => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10));
  }

  function learn(data, learned) {
    const text = JSON.stringify(data || null);
    const next = { ...learned };
    for (const [placeholder, pattern] of Object.entries(config.placeholders.learned)) {
      const match = new RegExp(`"(${pattern})"`).exec(text);
      if (match && !next[placeholder]) next[placeholder] = match[1];
    }
    return next;
  }

  /** The refusals of an answer, one line per code, with the first message. */
  function refusalsOf(result) {
    const byCode = new Map();
    for (const error of result.errors || []) {
      const code = (error.extensions && error.extensions.code) || 'ERROR';
      const seen = byCode.get(code);
      byCode.set(code, seen ? { ...seen, count: seen.count + 1 } : { code, message: error.message, count: 1 });
    }
    return [...byCode.values()];
  }

  const trustedIds = new Map(config.examples.map((e) => [e.source.trim(), e.documentId]));

  function SignIn({ session, onSession }) {
    const choices = config.signIn;
    const [agency, setAgency] = useState('EMPLOYMENT');
    const [role, setRole] = useState('COUNSELLOR');
    const centers = choices.mode === 'development' ? choices.centers.filter((c) => c.agencies.includes(agency)) : [];
    const [center, setCenter] = useState('ctr-seoul-west');
    const [participant, setParticipant] = useState(choices.showcase || '');
    const [pasted, setPasted] = useState('');
    const [problem, setProblem] = useState(null);
    useEffect(() => {
      if (centers.length && !centers.some((c) => c.id === center)) setCenter(centers[0].id);
    }, [agency]);

    if (session) {
      return h(
        'div',
        { className: 'wp-signed-in' },
        h('span', { id: 'wp-caller' }, `Signed in as ${callerText(session.caller)}`),
        h('button', { type: 'button', id: 'wp-sign-out', onClick: () => onSession(null) }, 'Sign out'),
      );
    }
    async function signIn(event) {
      event.preventDefault();
      setProblem(null);
      if (choices.mode !== 'development') {
        const caller = claimsOf(pasted.trim());
        return caller ? onSession({ token: pasted.trim(), caller }) : setProblem('That is not a JWT access token.');
      }
      const response = await fetch(choices.tokenPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ agency, role, center, ...(role === 'CITIZEN' ? { participant } : {}) }),
        credentials: 'omit',
      });
      const answer = await response.json();
      if (!response.ok) return setProblem(answer.errors[0].message);
      onSession({ token: answer.token, caller: answer.caller, expiresAt: answer.expiresAt });
    }
    const select = (id, value, set, options, text = label) =>
      h(
        'select',
        { id, value, onChange: (e) => set(e.target.value) },
        options.map((o) => h('option', { key: o.id || o, value: o.id || o }, o.name ? `${o.name} (${o.id})` : text(o))),
      );
    return h(
      'form',
      { className: 'wp-sign-in', onSubmit: signIn },
      choices.mode === 'development'
        ? h(
            Fragment,
            null,
            h('label', null, 'Agency ', select('wp-agency', agency, setAgency, choices.agencies)),
            h('label', null, 'Role ', select('wp-role', role, setRole, choices.roles)),
            h('label', null, 'Center ', select('wp-center', center, setCenter, centers)),
            role === 'CITIZEN' &&
              h(
                'label',
                null,
                'Participant ',
                h('input', { id: 'wp-participant', value: participant, onChange: (e) => setParticipant(e.target.value), size: 14 }),
              ),
          )
        : h(
            'label',
            null,
            `Access token from ${choices.issuer} `,
            h('input', { id: 'wp-token', type: 'password', value: pasted, onChange: (e) => setPasted(e.target.value), autoComplete: 'off', size: 40 }),
          ),
      h('button', { type: 'submit', id: 'wp-sign-in' }, 'Sign in'),
      problem && h('span', { className: 'wp-problem', role: 'alert' }, problem),
    );
  }

  /** The example collection as one select: grouped by file, each naming whose token and which purpose it needs. */
  function ExamplePicker({ picked, onPick }) {
    const files = [...new Set(config.examples.map((e) => e.file))];
    return h(
      'label',
      { className: 'wp-picker' },
      'Example ',
      h(
        'select',
        { id: 'wp-example', value: picked ? picked.name : '', onChange: (e) => onPick(config.examples.find((x) => x.name === e.target.value)) },
        h('option', { value: '' }, 'Pick an example…'),
        files.map((file) =>
          h(
            'optgroup',
            { key: file, label: file.replace(/-/g, ' ') },
            config.examples.filter((e) => e.file === file).map((e) => h('option', { key: e.name, value: e.name }, e.name)),
          ),
        ),
      ),
    );
  }

  /** What the picked example does and needs, and whether the signed-in caller fits. */
  function ExampleNote({ example, session }) {
    const fits = session && session.caller.agency === example.as.agency.toUpperCase() && session.caller.roles.includes(example.as.role.toUpperCase());
    return h(
      'div',
      { className: 'wp-example-note', id: 'wp-example-note' },
      h('span', null, example.title),
      h('span', null, ` As ${example.as.agency} ${example.as.role}${example.as.purpose ? `, purpose ${example.as.purpose}` : ', no purpose needed'}.`),
      h('span', { className: fits ? 'wp-fits' : 'wp-needs' }, fits ? ' Your token fits.' : ' Sign in as that caller to run it as intended.'),
    );
  }

  function Playground() {
    const [session, setSession] = useState(() => stored(SESSION));
    const [purpose, setPurpose] = useState('');
    const [refusals, setRefusals] = useState([]);
    const [picked, setPicked] = useState(null);
    const learned = useRef(stored(LEARNED) || {});
    const purposeRef = useRef(purpose);
    purposeRef.current = purpose;

    const onSession = (next) => {
      store(SESSION, next);
      setSession(next);
    };

    // A new fetcher when the token changes makes GraphiQL fetch the schema again, now signed in.
    const fetcher = useMemo(
      () => async (params) => {
        if (!session)
          return {
            errors: [
              { message: 'Sign in first, in the bar above: every request to this graph needs an access token.', extensions: { code: 'UNAUTHENTICATED' } },
            ],
          };
        const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
        if (session) headers.authorization = `Bearer ${session.token}`;
        if (purposeRef.current) headers[config.purposeHeader] = purposeRef.current;
        const send = async (body) => {
          const response = await fetch(config.endpoint, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'omit' });
          return response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status} without a GraphQL answer` }] }));
        };
        // An unedited example goes by its persisted document ID, as a front end's build would send it; the text follows if it was never published.
        const documentId = typeof params.query === 'string' ? trustedIds.get(params.query.trim()) : undefined;
        let result = documentId ? await send({ documentId, operationName: params.operationName, variables: params.variables }) : undefined;
        if (!result || (result.errors || []).some((e) => e.extensions && e.extensions.code === 'PERSISTED_QUERY_NOT_FOUND')) result = await send(params);
        if (params.operationName !== 'IntrospectionQuery') {
          setRefusals(refusalsOf(result));
          learned.current = learn(result.data, learned.current);
          store(LEARNED, learned.current);
        }
        return result;
      },
      [session && session.token],
    );

    const pick = (example) => {
      if (!example) return setPicked(null);
      setPicked({ ...example, filled: JSON.stringify(fillExample(example.variables, learned.current), null, 2) });
      setPurpose(example.as.purpose || '');
      setRefusals([]);
    };

    return h(
      'div',
      { className: 'wp-app' },
      h(
        'header',
        { className: 'wp-bar' },
        h('strong', { className: 'wp-title' }, 'Work-Plus Graph'),
        h(SignIn, { session, onSession }),
        h(ExamplePicker, { picked, onPick: pick }),
        h(
          'label',
          { className: 'wp-purpose' },
          `${config.purposeHeader} `,
          h('select', { id: 'wp-purpose', value: purpose, onChange: (e) => setPurpose(e.target.value) }, [
            h('option', { key: '', value: '' }, '(none)'),
            ...config.purposes.map((p) => h('option', { key: p, value: p }, p)),
          ]),
        ),
      ),
      picked && h(ExampleNote, { example: picked, session }),
      config.notice && h('div', { className: 'wp-notice', id: 'wp-notice' }, config.notice),
      refusals.length > 0 &&
        h(
          'ul',
          { className: 'wp-refusals', id: 'wp-refusals', role: 'status' },
          refusals.map((r) => h('li', { key: r.code }, h('code', null, r.code), r.count > 1 ? ` ×${r.count}` : '', ` ${r.message}`)),
        ),
      h(
        'div',
        { className: 'wp-graphiql' },
        h(GraphiQL, {
          fetcher,
          storage: window.sessionStorage,
          schema: config.introspection && session ? undefined : null,
          query: picked ? picked.source : undefined,
          operationName: picked ? picked.name : undefined,
          variables: picked ? picked.filled : undefined,
          isHeadersEditorEnabled: false,
          shouldPersistHeaders: false,
          defaultEditorToolsVisibility: 'variables',
        }),
      ),
    );
  }

  ReactDOM.createRoot(document.getElementById('playground')).render(h(Playground));
})();
