/** Printed by kubectl on stderr before `kubectl get endpoints` output (v1.33+), followed by a newline. */
export const ENDPOINTS_DEPRECATION_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';
