// The checker page's form: one control for every field of the announcement format, generated from its JSON Schema
// (the one `invitelint schema` prints, itself generated from the zod schema), so that a field added to the format
// appears here with its description as help text, without hand work. Only the labels are written here, in plain
// words, for the fields known today; a new field is labelled from its name until it gets one.

export type JsonSchema = { [key: string]: unknown };
export type FieldPath = (string | number)[];

/** A field's path as findings write it: `meeting.venue.city`, `invitees.groups[0].stakeholder`. */
export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

/** The label of a field, by its path with list items as `[]`. */
const LABELS: Readonly<Record<string, string>> = {
  format_version: 'Format version',
  title: 'Title of the meeting',
  convener: 'Who invites',
  'convener.name': 'Convener',
  'convener.within': 'Acting under the authority of',
  issued: 'Date the invitation was sent',
  meeting: 'The meeting: when and where',
  'meeting.start': 'Start (date and local time)',
  'meeting.duration': 'Length',
  'meeting.end': 'End (date and local time)',
  'meeting.sessions': 'Sessions (instead of one start and length)',
  'meeting.sessions[]': 'Session',
  'meeting.sessions[].start': 'Session start',
  'meeting.sessions[].duration': 'Session length',
  'meeting.sessions[].end': 'Session end',
  'meeting.timezone': 'Time zone of the meeting',
  'meeting.venue': 'Venue',
  'meeting.venue.name': 'Building or room',
  'meeting.venue.city': 'City',
  'meeting.venue.country': 'Country code',
  'meeting.online': 'Online only, no venue',
  'meeting.registration_deadline': 'Registration deadline',
  remote: 'Taking part from afar',
  'remote.participation': 'What remote participants can do',
  'remote.channels': 'Remote channels',
  invitees: 'Who is invited',
  'invitees.description': 'Who is invited, in the words of the invitation',
  'invitees.open': 'Open to anyone who registers',
  'invitees.expected': 'Number of participants expected',
  'invitees.regions': 'Regions the invitees come from',
  'invitees.timezones': 'Time zones of the invitees',
  'invitees.groups': 'Stakeholder groups invited',
  'invitees.groups[]': 'Stakeholder group',
  'invitees.groups[].stakeholder': 'Group',
  'invitees.groups[].selection': 'Who chooses its participants',
  'invitees.groups[].focal_point': 'Its focal point',
  'invitees.groups[].seats': 'Seats',
  format: 'What kind of meeting',
  'format.level': 'What participants’ input can do',
  'format.interaction': 'How the time is used',
  'format.description': 'The format, in the words of the invitation',
  'format.outcome': 'What the meeting produces',
  agenda: 'Agenda',
  'agenda[]': 'Agenda item',
  'agenda[].item': 'Item',
  'agenda[].minutes': 'Minutes',
  'agenda[].floor': 'Open to participants’ interventions',
  framework: 'Mandate',
  'framework.subject': 'Subject',
  'framework.mandated_process': 'Process that holds the mandate',
  'framework.convened_within_mandate': 'Convened by that process, or at its request',
  'framework.mandate_reference': 'Decision or letter giving the mandate',
  'framework.feeds_into': 'What the input feeds into',
  'framework.feeds_into.name': 'Decision the input is for',
  'framework.feeds_into.date': 'Date of that decision',
  documents: 'Background documents',
  'documents[]': 'Document',
  'documents[].title': 'Document title',
  'documents[].published': 'Published on',
  'documents[].url': 'Web address',
  languages: 'Languages',
  'languages.working': 'Working languages',
  'languages.interpretation': 'Interpretation into',
  'languages.captioning': 'Live captioning or transcription',
  support: 'Support for participants',
  'support.travel_funding': 'Travel funding',
  'support.visa_letters': 'Letters for visa applications',
  labels: 'How the convener describes the meeting',
};

/** Words for enum values where the value itself is a code. */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  none: 'none: no remote access',
  listen: 'listen: webcast or recording only',
  speak: 'speak: remote participants can take the floor',
  self: 'self: the group chooses by its own process',
  'focal-point': 'focal point: the group’s focal point chooses',
  convener: 'convener: the convener picks',
  open: 'open: anyone from the group may register',
};

const humanize = (key: string) => key.replace(/[_-]+/g, ' ').replace(/^./, (first) => first.toUpperCase());

function labelFor(path: FieldPath): string {
  const generic = pathText(path.map((segment) => (typeof segment === 'number' ? -1 : segment))).replace(/\[-1\]/g, '[]');
  const last = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? 'Item';
  return LABELS[generic] ?? humanize(last);
}

/** The properties of an object schema, its branches (allOf, anyOf, oneOf: a version dispatch) merged. */
function propertiesOf(schema: JsonSchema): [string, JsonSchema][] {
  const merged = new Map<string, JsonSchema>();
  const visit = (node: JsonSchema) => {
    for (const [key, value] of Object.entries((node.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      if (!merged.has(key)) merged.set(key, value);
    }
    for (const branch of ['allOf', 'anyOf', 'oneOf'] as const) for (const each of (node[branch] as JsonSchema[] | undefined) ?? []) visit(each);
  };
  visit(schema);
  return [...merged];
}

/** What a field is, for the control it gets. */
type Kind = 'object' | 'objects' | 'choices' | 'lines' | 'enum' | 'boolean' | 'number' | 'text';

function enumValues(schema: JsonSchema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum as unknown[];
  if ('const' in schema) return [schema.const];
  for (const branch of ['anyOf', 'oneOf'] as const) {
    const options = schema[branch] as JsonSchema[] | undefined;
    if (options?.every((option) => 'const' in option)) return options.map((option) => option.const);
  }
  return undefined;
}

function kindOf(schema: JsonSchema): Kind {
  if (schema.type === 'array') {
    const items = (schema.items as JsonSchema | undefined) ?? {};
    if (items.type === 'object' || items.properties) return 'objects';
    return enumValues(items) ? 'choices' : 'lines';
  }
  if (schema.type === 'object' || schema.properties) return 'object';
  const values = enumValues(schema);
  if (values && values.every((value) => typeof value === 'string' || typeof value === 'number')) return typeof values[0] === 'boolean' ? 'boolean' : 'enum';
  if (schema.type === 'boolean' || (values && values.every((value) => typeof value === 'boolean'))) return 'boolean';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  return 'text';
}

/** `f-invitees-groups-0-stakeholder`: the control's id. */
export function controlId(path: FieldPath): string {
  return `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The value a control holds, as the announcement writes it; undefined when the field is left empty. */
export type FieldValue = string | number | boolean | string[] | undefined;

export interface FormHooks {
  /** A field was changed by the person filling the form. */
  change(path: FieldPath, value: FieldValue): void;
  /** An item was added to, or removed from, a list of entries. */
  addItem(path: FieldPath): void;
  removeItem(path: FieldPath): void;
  /** A rule named in a help text is asked about. */
  openRule(id: string): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text !== undefined) created.textContent = text;
  return created;
}

/** The help text: the field's description, its rule names as buttons that open their pages, and an example. */
function helpText(schema: JsonSchema, id: string, hooks: FormHooks, extra?: string): HTMLElement {
  const help = element('p', { class: 'help', id: `${id}-help` });
  const description = typeof schema.description === 'string' ? schema.description : '';
  const readBy = /\s*Read by ([a-z0-9-]+(?:(?:, | and )[a-z0-9-]+)*)(?: and others)?\.\s*$/.exec(description);
  help.append(readBy ? description.slice(0, readBy.index) : description);
  const examples = (schema.examples as unknown[] | undefined)?.filter((example) => typeof example === 'string') as string[] | undefined;
  if (examples?.length) help.append(` For example: ${examples.join(' or ')}.`);
  if (extra) help.append(` ${extra}`);
  if (readBy) {
    help.append(' Checked by: ');
    readBy[1]!.split(/, | and /).forEach((rule, index) => {
      if (index > 0) help.append(', ');
      const button = element('button', { type: 'button', class: 'rule-link', 'data-rule': rule }, rule);
      button.addEventListener('click', () => hooks.openRule(rule));
      help.append(button);
    });
    help.append('.');
  }
  return help;
}

/** The place under a control where the checker puts the problems found with its field. */
function errorSlot(id: string): HTMLElement {
  return element('p', { class: 'field-error', id: `${id}-error`, hidden: '' });
}

function describedBy(control: HTMLElement, id: string): void {
  control.setAttribute('aria-describedby', `${id}-help ${id}-error`);
}

/** A control for one value: text, number, yes/no or one of a set. */
function valueControl(path: FieldPath, schema: JsonSchema, kind: Kind, hooks: FormHooks, required: boolean): HTMLElement {
  const id = controlId(path);
  const wrapper = element('div', { class: 'field', 'data-field': pathText(path) });
  const label = element('label', { for: id }, labelFor(path));
  if (required) label.append(element('span', { class: 'required' }, ' (required)'));
  let control: HTMLInputElement | HTMLSelectElement;
  if (kind === 'enum' || kind === 'boolean') {
    const select = element('select', { id, name: id });
    select.append(element('option', { value: '' }, '— not stated —'));
    const values = kind === 'boolean' ? (enumValues(schema) ?? [true, false]) : enumValues(schema)!;
    for (const value of values) {
      const text = value === true ? 'yes' : value === false ? 'no' : (VALUE_WORDS[String(value)] ?? String(value).replace(/-/g, ' '));
      select.append(element('option', { value: JSON.stringify(value) }, text));
    }
    control = select;
  } else {
    const input = element('input', { id, name: id, type: kind === 'number' ? 'number' : 'text', autocomplete: 'off', spellcheck: 'false' });
    if (kind === 'number') {
      input.inputMode = 'numeric';
      if (typeof schema.minimum === 'number') input.min = String(schema.minimum);
    }
    const examples = schema.examples as unknown[] | undefined;
    if (typeof examples?.[0] === 'string') input.placeholder = `e.g. ${examples[0]}`;
    control = input;
  }
  control.dataset.path = pathText(path);
  control.dataset.kind = kind;
  describedBy(control, id);
  const read = (): FieldValue => {
    if (control instanceof HTMLSelectElement) return control.value === '' ? undefined : (JSON.parse(control.value) as string | number | boolean);
    const text = control.value.trim();
    if (text === '') return undefined;
    return kind === 'number' && /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
  };
  control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', () => hooks.change(path, read()));
  wrapper.append(label, control, helpText(schema, id, hooks), errorSlot(id));
  return wrapper;
}

/** A list of short texts, one a line (time zones, languages, channels, labels). */
function linesControl(path: FieldPath, schema: JsonSchema, hooks: FormHooks): HTMLElement {
  const id = controlId(path);
  const wrapper = element('div', { class: 'field', 'data-field': pathText(path) });
  const area = element('textarea', { id, name: id, rows: '2', spellcheck: 'false', autocomplete: 'off' });
  area.dataset.path = pathText(path);
  area.dataset.kind = 'lines';
  describedBy(area, id);
  const items = (schema.items as JsonSchema | undefined) ?? {};
  area.addEventListener('input', () => {
    const lines = area.value.split('\n').map((line) => line.trim()).filter(Boolean);
    hooks.change(path, lines.length ? lines : undefined);
  });
  wrapper.append(element('label', { for: id }, labelFor(path)), area, helpText({ ...items, description: schema.description }, id, hooks, 'One a line.'), errorSlot(id));
  return wrapper;
}

/** A list of values from a set, as check boxes (regions). */
function choicesControl(path: FieldPath, schema: JsonSchema, hooks: FormHooks): HTMLElement {
  const id = controlId(path);
  const set = element('fieldset', { class: 'choices', id, 'data-field': pathText(path), 'data-path': pathText(path), 'data-kind': 'choices' });
  describedBy(set, id);
  set.append(element('legend', {}, labelFor(path)));
  const values = enumValues((schema.items as JsonSchema | undefined) ?? {}) ?? [];
  const boxes: HTMLInputElement[] = [];
  for (const value of values) {
    const boxId = `${id}-${String(value)}`;
    const box = element('input', { type: 'checkbox', id: boxId, value: String(value) });
    boxes.push(box);
    const label = element('label', { for: boxId, class: 'choice' });
    label.append(box, ` ${String(value).replace(/-/g, ' ')}`);
    set.append(label);
    box.addEventListener('change', () => {
      const chosen = boxes.filter((each) => each.checked).map((each) => each.value);
      hooks.change(path, chosen.length ? chosen : undefined);
    });
  }
  set.append(helpText(schema, id, hooks), errorSlot(id));
  return set;
}

/** A list of entries (groups, documents, sessions, agenda items): one fieldset each, added and removed by buttons. */
function entriesControl(path: FieldPath, schema: JsonSchema, hooks: FormHooks, count: number): HTMLElement {
  const id = controlId(path);
  const set = element('fieldset', { class: 'entries', id, 'data-field': pathText(path), 'data-path': pathText(path), 'data-kind': 'objects' });
  describedBy(set, id);
  set.append(element('legend', {}, labelFor(path)), helpText(schema, id, hooks), errorSlot(id));
  const items = (schema.items as JsonSchema | undefined) ?? {};
  const itemLabel = labelFor([...path, 0]);
  for (let index = 0; index < count; index++) {
    const itemPath = [...path, index];
    const item = element('fieldset', { class: 'entry', 'data-field': pathText(itemPath) });
    item.append(element('legend', {}, `${itemLabel} ${index + 1}`));
    for (const child of objectChildren(itemPath, items, hooks, {})) item.append(child);
    const remove = element('button', { type: 'button', class: 'secondary' }, `Remove ${itemLabel.toLowerCase()} ${index + 1}`);
    remove.addEventListener('click', () => hooks.removeItem(itemPath));
    item.append(remove);
    set.append(item);
  }
  const add = element('button', { type: 'button', class: 'secondary', 'data-add': pathText(path) }, `Add ${/^[aeiou]/i.test(itemLabel) ? 'an' : 'a'} ${itemLabel.toLowerCase()}`);
  add.addEventListener('click', () => hooks.addItem(path));
  set.append(add);
  return set;
}

/** How many entries each list of entries has in the data, by path: the form draws that many. */
export type EntryCounts = Record<string, number>;

function objectChildren(path: FieldPath, schema: JsonSchema, hooks: FormHooks, counts: EntryCounts): HTMLElement[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return propertiesOf(schema).map(([key, child]) => field([...path, key], child, hooks, counts, required.has(key)));
}

function field(path: FieldPath, schema: JsonSchema, hooks: FormHooks, counts: EntryCounts, required: boolean): HTMLElement {
  const kind = kindOf(schema);
  if (kind === 'object') {
    const id = controlId(path);
    const set = element('fieldset', { class: 'group', id, 'data-field': pathText(path), 'data-path': pathText(path), 'data-kind': 'object' });
    describedBy(set, id);
    set.append(element('legend', {}, labelFor(path)), helpText(schema, id, hooks), errorSlot(id));
    for (const child of objectChildren(path, schema, hooks, counts)) set.append(child);
    return set;
  }
  if (kind === 'objects') return entriesControl(path, schema, hooks, counts[pathText(path)] ?? 0);
  if (kind === 'choices') return choicesControl(path, schema, hooks);
  if (kind === 'lines') return linesControl(path, schema, hooks);
  return valueControl(path, schema, kind, hooks, required);
}

/**
 * The whole form: the top-level fields that are one value (title, dates, labels) and the convener first, as
 * "The invitation", then one group per block of the format, in the schema's order.
 */
export function buildFields(schema: JsonSchema, hooks: FormHooks, counts: EntryCounts): HTMLElement[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const invitation = element('fieldset', { class: 'group', id: 'f-invitation' });
  invitation.append(element('legend', {}, 'The invitation'));
  const groups: HTMLElement[] = [invitation];
  for (const [key, child] of propertiesOf(schema)) {
    const kind = kindOf(child);
    const built = field([key], child, hooks, counts, required.has(key));
    if (kind === 'object' && key !== 'convener') groups.push(built);
    else if (kind === 'objects') groups.push(built);
    else invitation.append(built);
  }
  return groups;
}

/** Counts of every list of entries in `data`, for buildFields. */
export function entryCounts(data: unknown, path: FieldPath = [], counts: EntryCounts = {}): EntryCounts {
  if (Array.isArray(data)) {
    if (data.some((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) counts[pathText(path)] = data.length;
    data.forEach((item, index) => entryCounts(item, [...path, index], counts));
  } else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) entryCounts(value, [...path, key], counts);
  }
  return counts;
}

function valueAt(data: unknown, path: string): unknown {
  let node: unknown = data;
  for (const segment of path.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Shows `data` (the announcement as parsed) in the form's controls. */
export function fillFields(root: HTMLElement, data: unknown): void {
  for (const control of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const value = valueAt(data, control.dataset.path!);
    const kind = control.dataset.kind;
    if (control instanceof HTMLSelectElement) {
      const wanted = value === undefined || value === null ? '' : JSON.stringify(value);
      const known = [...control.options].some((option) => option.value === wanted);
      control.value = known ? wanted : '';
    } else if (control instanceof HTMLInputElement) {
      control.value = value === undefined || value === null || typeof value === 'object' ? '' : String(value);
    } else if (control instanceof HTMLTextAreaElement) {
      control.value = Array.isArray(value) ? value.map(String).join('\n') : '';
    } else if (kind === 'choices') {
      const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
      for (const box of control.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = chosen.has(box.value);
    }
  }
}
