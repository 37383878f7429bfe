import { englishOnly, useLang, useT } from '../i18n/store';
import { Citations } from './Citations';
import { Panel } from './Panel';

interface Props {
  readonly title: string;
  readonly custodian: string;
  readonly timeZone: string;
  readonly description: string | undefined;
  readonly citations: readonly string[];
  /** What the scenario expects, in words, while its end is not reached yet; null otherwise. */
  readonly pending: string | null;
}

/** About this scenario: what it shows, where it happens, what it expects and its sources. */
export function ScenarioPanel({ title, custodian, timeZone, description, citations, pending }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <Panel id="scenario" headingId="scenario-h" title={t.aboutScenario} className="scenario-panel">
      <p>
        <strong>
          <bdi>{title}</bdi>
        </strong>{' '}
        · <bdi>{custodian}</bdi> ({timeZone})
      </p>
      {description ? (
        <p className="small" lang={englishOnly(lang)}>
          {description}
        </p>
      ) : null}
      {pending ? (
        <p className="small" data-testid="expectations">
          {t.scenarioExpects(pending)}
        </p>
      ) : null}
      <Citations ids={citations} />
    </Panel>
  );
}
