/**
 * What a container's command or args may rely on that only Kolla images carry: the start script and its
 * helpers baked into the image, and the folder `kolla_set_configs` copies configs from. OpenStack-Helm charts
 * bring their own scripts instead, so that they run on any image (Kolla, LOCI, distribution images).
 */
const UTILITIES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'kolla_start', pattern: /(?<![\w.-])kolla_start(?![\w-])/ },
  { name: 'kolla_set_configs', pattern: /(?<![\w.-])kolla_set_configs(?![\w-])/ },
  { name: 'kolla_extend_start', pattern: /(?<![\w.-])kolla_extend_start(?![\w-])/ },
  { name: 'extend_start.sh', pattern: /(?<![\w.-])extend_start\.sh(?![\w.-])/ },
  { name: '/var/lib/kolla/config_files', pattern: /\/var\/lib\/kolla\/config_files(?![\w.-])/ },
];

/** The Kolla-only things the text names, in a fixed order. */
export function imageSpecificUtilities(text: string): string[] {
  return UTILITIES.filter((utility) => utility.pattern.test(text)).map((utility) => utility.name);
}
