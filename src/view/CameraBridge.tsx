import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { viewCamera } from './camera-bridge';

/** Publishes the R3F camera and canvas size; mounted after ChaseCamera so it runs after the camera moved. */
export function CameraBridge() {
  const camera = useThree((state) => state.camera);
  const size = useThree((state) => state.size);
  useFrame(() => {
    viewCamera.camera = camera as PerspectiveCamera;
    viewCamera.width = size.width;
    viewCamera.height = size.height;
  });
  return null;
}
