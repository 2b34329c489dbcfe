export {
  createAutopilot,
  DEFAULT_TUNING,
  type Autopilot,
  type AutopilotMode,
  type AutopilotStatus,
  type AutopilotTuning,
} from './autopilot';
