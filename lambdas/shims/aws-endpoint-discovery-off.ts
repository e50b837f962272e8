/**
 * Stand-in for `@aws-sdk/middleware-endpoint-discovery` inside Lambda bundles
 * (esbuild alias, see infra/bundling.ts).
 *
 * DynamoDB's client always resolves endpoint-discovery settings and builds an
 * LRU endpoint cache (mnemonist), though no DynamoDB operation this app calls
 * uses endpoint discovery (it is an opt-in for a few legacy accounts; the
 * regional endpoint is always right). This keeps the config shape and turns
 * the feature off: about 9 KB minified less to parse on a cold start.
 * Setting endpointDiscoveryEnabled: true in code fails loudly instead of
 * being silently ignored.
 */
interface EndpointDiscoveryInput {
  readonly endpointDiscoveryEnabled?: boolean;
  readonly endpointDiscoveryEnabledProvider?: () => Promise<boolean | undefined>;
}

export const NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = {
  environmentVariableSelector: (): undefined => undefined,
  configFileSelector: (): undefined => undefined,
  default: undefined,
};

export const resolveEndpointDiscoveryConfig = <T extends EndpointDiscoveryInput>(input: T, { endpointDiscoveryCommandCtor }: { endpointDiscoveryCommandCtor?: unknown }) => {
  if (input.endpointDiscoveryEnabled === true) {
    throw new Error('endpoint discovery is not bundled into this Lambda (see lambdas/shims/aws-endpoint-discovery-off.ts)');
  }
  return Object.assign(input, {
    endpointDiscoveryCommandCtor,
    endpointCache: undefined,
    endpointDiscoveryEnabled: () => Promise.resolve(false),
    isClientEndpointDiscoveryEnabled: false,
  });
};

const noPlugin = () => ({ applyToStack: () => {} });

export const endpointDiscoveryMiddlewareOptions = { name: 'endpointDiscoveryMiddleware', step: 'build', tags: ['ENDPOINT_DISCOVERY'], override: true };
export const getEndpointDiscoveryPlugin = noPlugin;
export const getEndpointDiscoveryRequiredPlugin = () => {
  throw new Error('endpoint discovery is not bundled into this Lambda (see lambdas/shims/aws-endpoint-discovery-off.ts)');
};
export const getEndpointDiscoveryOptionalPlugin = noPlugin;
