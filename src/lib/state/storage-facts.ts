/**
 * What the browser says about the space Atlas uses (the Storage API): used bytes, the quota, and
 * whether the data is persistent (kept when the browser runs short of space). Each call may answer
 * "not supported"; nothing here throws.
 */
export interface StorageFacts {
	supported: boolean;
	usage: number;
	quota: number | null;
	persisted: boolean;
}

export async function readStorage(): Promise<StorageFacts> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.estimate) return { supported: false, usage: 0, quota: null, persisted: false };
	try {
		const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted ? storage.persisted() : Promise.resolve(false)]);
		return { supported: true, usage: estimate.usage ?? 0, quota: estimate.quota ?? null, persisted };
	} catch {
		return { supported: false, usage: 0, quota: null, persisted: false };
	}
}

/** Asks the browser to keep the data; resolves whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
	try {
		return (await navigator.storage?.persist?.()) ?? false;
	} catch {
		return false;
	}
}

/** "1.2 MB", "830 KB", "4.1 GB". */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${unit === 0 ? Math.round(value) : value.toFixed(value >= 10 ? 0 : 1)} ${units[unit]}`;
}
