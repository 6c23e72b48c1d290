import { useApolloClient, useMutation } from '@apollo/client/react';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { ImportSourceDocument, type ImportSourceMutation, type SourceInput } from '../../../../graph/generated/graphql';
import { type RequestFailure, authorization, rememberKey, rememberedKey, requestFailure } from '../editor-key';
import { type JsonSyntaxProblem, readJson } from '../json-locate';
import { usePageTitle } from '../use-page-title';
import { DraftPanel } from './DraftPanel';
import { ImportProblems } from './ImportProblems';
import { ImportSuccess } from './ImportSuccess';
import { type PlacedProblem, type SourceField, placeProblems } from './import-problems';

type SourceFields = Record<SourceField, string>;
const EMPTY_SOURCE: SourceFields = { id: '', title: '', publisher: '', url: '', publishedOn: '' };

/** What was sent with what came back: the marks are drawn on the texts as sent, not as edited since. */
export type Outcome =
  | { kind: 'stored'; payload: NonNullable<ImportSourceMutation['importSource']>; graph: unknown }
  | { kind: 'refused'; problems: PlacedProblem[]; graphText: string; text: string }
  | { kind: 'invalid-json'; problem: JsonSyntaxProblem; graphText: string };

/**
 * "Add an article": an editor pastes an article's text and its graph (the seed format's
 * graph.json), and the service imports both or refuses with every problem, each shown where it is.
 */
export function AddArticlePage() {
  usePageTitle('Add an article');
  const client = useApolloClient();
  const [importSource, { loading }] = useMutation(ImportSourceDocument);
  const [source, setSource] = useState<SourceFields>(EMPTY_SOURCE);
  const [text, setText] = useState('');
  const [graphText, setGraphText] = useState('');
  const [key, setKey] = useState(rememberedKey);
  const [remember, setRemember] = useState(() => rememberedKey() !== '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<RequestFailure | null>(null);
  const graphArea = useRef<HTMLTextAreaElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const ids = useId();

  const showResults = () => setTimeout(() => results.current?.focus(), 0);

  const sourceInput = (): SourceInput => ({
    id: source.id.trim(),
    title: source.title.trim(),
    publisher: source.publisher.trim(),
    url: source.url.trim() || null,
    publishedOn: source.publishedOn || null,
  });
  // A draft is checked against the source only once the form has one: until then it drafts from the text alone.
  const draftSource = source.id.trim() && source.title.trim() && source.publisher.trim() ? sourceInput() : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const read = readJson(graphText);
    if (!read.ok) {
      // Caught here, not sent: the service could only say "not JSON", not where.
      setOutcome({ kind: 'invalid-json', problem: read.problem, graphText });
      graphArea.current?.focus();
      graphArea.current?.setSelectionRange(read.problem.offset, read.problem.offset + 1);
      return;
    }
    rememberKey(remember ? key : null);
    try {
      const { data } = await importSource({
        variables: { input: { source: sourceInput(), text, graph: read.value } },
        context: { headers: authorization(key) },
      });
      // The field is nullable (a refused mutation is null beside the others' results); a GraphQL
      // error has been thrown by the client already, so null here is a fault of the answer.
      const payload = data?.importSource;
      if (!payload) throw new Error('The service answered the import with no result');
      if (payload.userErrors.length > 0) {
        setOutcome({ kind: 'refused', problems: placeProblems(payload.userErrors, read.root, text), graphText, text });
      } else {
        // An import changes lists, counts and entities all over the graph: read them afresh.
        await client.clearStore();
        setOutcome({ kind: 'stored', payload, graph: read.value });
      }
      showResults();
    } catch (error) {
      setOutcome(null);
      setFailure(requestFailure(error as Error, key.trim() !== ''));
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setGraphText(await file.text());
  };

  const refused = outcome?.kind === 'refused' ? outcome.problems : [];
  const fieldProblem = (field: SourceField) => refused.find((p) => p.sourceField === field);
  const sourceField = (
    field: SourceField,
    label: string,
    options: { required?: boolean; type?: string; placeholder?: string; hint?: string },
  ) => {
    const problem = fieldProblem(field);
    const id = `${ids}-${field}`;
    return (
      <div className={`field field-${field}`}>
        <label htmlFor={id}>
          {label}
          {!options.required && <span className="muted"> (optional)</span>}
        </label>
        <input
          id={id}
          name={field}
          type={options.type ?? 'text'}
          required={options.required}
          placeholder={options.placeholder}
          value={source[field]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setSource({ ...source, [field]: e.target.value })}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-problem">
            <span className="problem-number">{problem.number}</span> {problem.error.message}
          </p>
        )}
        {!problem && options.hint && <p className="field-hint">{options.hint}</p>}
      </div>
    );
  };

  return (
    <article className="add-page">
      <header className="page-header">
        <p className="eyebrow">For editors</p>
        <h1 id="page-title" tabIndex={-1}>
          Add an article
        </h1>
        <p className="muted narrow-text">
          Paste an article, then draft its graph and review it, or paste a graph in the seed format. Every quote in the
          graph must be words of the article; ids may name entities already in the graph, which then grow. Nothing is
          stored unless all of it is right.
        </p>
      </header>
      <form className="add-form" onSubmit={(event) => void onSubmit(event)}>
        <section className="card" aria-labelledby={`${ids}-source-title`}>
          <h2 id={`${ids}-source-title`}>Source</h2>
          <div className="field-grid">
            {sourceField('id', 'Id', {
              required: true,
              placeholder: 'source:riyadh-talks-follow-up',
              hint: 'source: and a kebab-case name',
            })}
            {sourceField('title', 'Title', { required: true })}
            {sourceField('publisher', 'Publisher', { required: true })}
            {sourceField('url', 'Address', { type: 'url', placeholder: 'https://' })}
            {sourceField('publishedOn', 'Published on', { type: 'date' })}
          </div>
        </section>
        <section className="card">
          <h2 id={`${ids}-text-title`}>
            <label htmlFor={`${ids}-text`}>Article text</label>
          </h2>
          <p className="field-hint">Pasted exactly as published: quotes are found in it character for character.</p>
          <textarea
            id={`${ids}-text`}
            className="article-input"
            required
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </section>
        <DraftPanel text={text} source={draftSource} apiKey={key} onGraph={setGraphText} />
        <section className="card">
          <div className="card-title-row">
            <h2 id={`${ids}-graph-title`}>
              <label htmlFor={`${ids}-graph`}>Graph JSON</label>
            </h2>
            <label className="button button-quiet file-button">
              Attach a .json file
              <input
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                onChange={(event) => void onFile(event)}
              />
            </label>
          </div>
          <p className="field-hint">
            The seed format’s graph.json: entities, positions, relations and figures, each with its quote.
          </p>
          <textarea
            id={`${ids}-graph`}
            ref={graphArea}
            className="json-input"
            required
            rows={14}
            spellCheck={false}
            value={graphText}
            aria-invalid={outcome?.kind === 'invalid-json' ? true : undefined}
            aria-describedby={outcome?.kind === 'invalid-json' ? `${ids}-json-problem` : undefined}
            onChange={(e) => setGraphText(e.target.value)}
          />
          {outcome?.kind === 'invalid-json' && (
            <p id={`${ids}-json-problem`} className="field-problem" role="alert">
              This is not JSON: {outcome.problem.message} at line {outcome.problem.line}, column{' '}
              {outcome.problem.column}. Nothing was sent.
            </p>
          )}
        </section>
        <section className="card key-card" aria-labelledby={`${ids}-key-title`}>
          <h2 id={`${ids}-key-title`}>Send</h2>
          <div className="key-row">
            <div className="field">
              <label htmlFor={`${ids}-key`}>Editor’s key</label>
              <input
                id={`${ids}-key`}
                type="password"
                autoComplete="off"
                spellCheck={false}
                placeholder="ngk_…"
                value={key}
                aria-invalid={failure?.aboutKey ? true : undefined}
                aria-describedby={failure?.aboutKey ? `${ids}-key-problem` : `${ids}-key-hint`}
                onChange={(e) => setKey(e.target.value)}
              />
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={remember}
                onChange={(e) => {
                  setRemember(e.target.checked);
                  if (!e.target.checked) rememberKey(null);
                }}
              />
              Remember for this tab
            </label>
            <button type="submit" className="button button-large" disabled={loading}>
              {loading ? 'Adding…' : 'Add the article'}
            </button>
          </div>
          {failure?.aboutKey ? (
            <p id={`${ids}-key-problem`} className="field-problem" role="alert">
              {failure.message}
            </p>
          ) : (
            <p id={`${ids}-key-hint`} className="field-hint">
              Sent only with this import, as Authorization: Bearer; reading the graph needs no key.
            </p>
          )}
          {failure && !failure.aboutKey && (
            <p className="status status-error" role="alert">
              {failure.message}
            </p>
          )}
        </section>
      </form>
      <div ref={results} tabIndex={-1} className="add-results">
        {outcome?.kind === 'stored' && <ImportSuccess payload={outcome.payload} graph={outcome.graph} />}
        {outcome?.kind === 'refused' && (
          <ImportProblems problems={outcome.problems} graphText={outcome.graphText} text={outcome.text} />
        )}
      </div>
    </article>
  );
}
