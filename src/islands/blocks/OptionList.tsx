/** Radio buttons or checkboxes for a question; after answering, each option says whether it is right and why. */
interface Option { text: string; correct: boolean; feedback: string }
export const optionStrings = ['answerRight', 'answerWrong', 'yourChoice'] as const;
type S = Record<(typeof optionStrings)[number], string>;

interface Props {
  name: string;
  multiple: boolean;
  options: Option[];
  /** The options' screen order (authored positions); answers always name authored positions. */
  order: number[];
  selected: number[];
  /** True once answered: inputs lock and feedback shows. */
  answered: boolean;
  /**
   * Once answered, the options (authored positions) whose verdict and feedback show; all
   * when absent. A first wrong try explains only the learner's own choice.
   */
  explained?: number[];
  onToggle: (index: number) => void;
  strings: S;
}

export function toggled(selected: number[], i: number, multiple: boolean): number[] {
  if (!multiple) return [i];
  return selected.includes(i) ? selected.filter((x) => x !== i) : [...selected, i].sort((a, b) => a - b);
}

export default function OptionList({ name, multiple, options, order, selected, answered, explained, onToggle, strings: s }: Props) {
  return (
    <ul class="options">
      {order.map((i) => {
        const o = options[i];
        const chosen = selected.includes(i);
        const explain = answered && (explained?.includes(i) ?? true);
        return (
          <li class={`option${explain ? (o.correct ? ' option--right' : ' option--wrong') : ''}${chosen ? ' option--chosen' : ''}`} key={i}>
            <label>
              <input type={multiple ? 'checkbox' : 'radio'} name={name} value={i} checked={chosen} disabled={answered} onChange={() => onToggle(i)} />
              <span>{o.text}</span>
            </label>
            {explain && (
              <p class="option__feedback">
                <strong>{o.correct ? `✓ ${s.answerRight}` : `✗ ${s.answerWrong}`}{chosen ? ` (${s.yourChoice})` : ''}:</strong> {o.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
