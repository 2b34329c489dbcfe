import { create } from 'zustand';
import { clearCampaign, loadCampaign, writeCampaign, type CampaignSave } from './campaign-save';
import { browserStorage } from './settings-storage';

interface CampaignStore {
  save: CampaignSave | null;
  /** Why the stored autosave could not be used, for the title screen. */
  notice: string | null;
  write(save: CampaignSave): void;
  clear(): void;
  dismissNotice(): void;
}

const initial = loadCampaign(browserStorage());

export const useCampaign = create<CampaignStore>((set) => ({
  save: initial.save,
  notice: initial.problem,
  write(save) {
    const problem = writeCampaign(browserStorage(), save);
    set({ save, notice: problem });
  },
  clear() {
    clearCampaign(browserStorage());
    set({ save: null });
  },
  dismissNotice() {
    set({ notice: null });
  },
}));
