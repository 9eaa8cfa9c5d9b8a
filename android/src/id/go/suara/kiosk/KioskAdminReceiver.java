package id.go.suara.kiosk;

import android.app.Activity;
import android.app.admin.DeviceAdminReceiver;
import android.app.admin.DevicePolicyManager;
import android.content.ComponentName;
import android.content.Context;

// The device owner of a dedicated kiosk tablet: it allows this package to pin itself (lock-task mode).
public class KioskAdminReceiver extends DeviceAdminReceiver {
    // Called from the activity at start (docs/android.md): on a provisioned tablet the kiosk pins itself;
    // elsewhere (a developer's phone) it runs unpinned and says so in the log.
    public static boolean enterLockTask(Activity activity) {
        DevicePolicyManager dpm = (DevicePolicyManager) activity.getSystemService(Context.DEVICE_POLICY_SERVICE);
        ComponentName admin = new ComponentName(activity, KioskAdminReceiver.class);
        if (dpm == null || !dpm.isDeviceOwnerApp(activity.getPackageName()))
            return false;
        dpm.setLockTaskPackages(admin, new String[] {activity.getPackageName()});
        activity.startLockTask();
        return true;
    }
}
