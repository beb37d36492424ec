// Product name, the open workspace with its counts, the entity search, and the active
// view's own controls.
import type { ComponentType } from 'react';
import { useCall } from '../../data/queries';
import { LookControls, TrainingMenu } from '../../app/after-first-paint';
import { SearchBox } from './SearchBox';
import { UndoRedo } from './UndoRedo';

export function TopBar({ toolbar: Toolbar }: { toolbar?: ComponentType | undefined }) {
  const info = useCall('workspace.info', {}).data;
  return (
    <header className="topbar">
      <div className="brand">
        <BrandMark />
        <span>Thorline</span>
      </div>
      <div className="workspace" data-testid="workspace-info" title={info?.path}>
        <span className="workspace-name ellipsis">{info?.name ?? '…'}</span>
        {info?.readOnly && (
          <span
            className="workspace-readonly"
            data-testid="workspace-read-only"
            title="The file cannot be written: changes are refused"
          >
            read-only
          </span>
        )}
        {info && (
          <span className="workspace-counts">
            {info.caseCount} cases · {info.recordCount.toLocaleString()} records ·{' '}
            {info.entityCount.toLocaleString()} entities · {info.linkCount.toLocaleString()} links
          </span>
        )}
      </div>
      <SearchBox />
      <div className="topbar-tools">
        {/* One history for every view: a merge made in Review undoes from there too. */}
        <UndoRedo />
        {Toolbar && <Toolbar />}
      </div>
      <LookControls />
      <TrainingMenu />
    </header>
  );
}

function BrandMark() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M3 12h18M12 3v18" stroke="#74c0fc" strokeWidth="2" />
      <circle cx="12" cy="12" r="4" fill="#1c7ed6" stroke="#fff" strokeWidth="1.5" />
      <circle cx="3.5" cy="12" r="2" fill="#fff" />
      <circle cx="20.5" cy="12" r="2" fill="#fff" />
      <circle cx="12" cy="3.5" r="2" fill="#fff" />
      <circle cx="12" cy="20.5" r="2" fill="#fff" />
    </svg>
  );
}
